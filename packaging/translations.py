"""The interface's translations: extract the strings, compile them, and check both are current.

    python packaging/translations.py update   # pyside6-lupdate: ui/ and main.py -> resources/translations/*.ts
    python packaging/translations.py build    # pyside6-lrelease: *.ts -> *.qm beside them
    python packaging/translations.py check    # exit 1 if a .ts or .qm is stale or a string is not translated

Sources are every Python file under ``ui/`` (the Qt widgets' ``self.tr`` and the lesson layer's
``translate(context, source, disambiguation, n)``) and ``main.py``. The ``.ts`` files keep no source
locations, so that moving a line does not change them, and no obsolete entries.

pyside6-lupdate 6.11 reads Python's ``translate(context, source, disambiguation, n)`` badly: with a
name as the count it files the message as singular, and with any other expression (``len(x)``) it
drops the message altogether (``self.tr(source, "", n)`` it reads right). So ``update`` follows
lupdate with a pass over the sources' syntax trees that adds what lupdate missed, marks each counted
message as a plural, and keeps every translation the file had before.

The compiled ``.qm`` files are committed next to their ``.ts``: the wheel (package data ``**/*.qm``)
and the PyInstaller bundle (which copies ``resources/``) take them from the source tree as they are,
and no build step then needs Qt's tools. ``check`` rebuilds them in a temporary folder and compares
bytes, so a ``.ts`` edited without ``build`` fails CI.

``check`` also fails when a message is unfinished or empty, when a translation drops or invents a
``{placeholder}`` or the ``%n`` of a plural, and when a context is not one the code looks up at run
time (``w.tr(...)`` on another object files its string under the variable's name ``w``, where Qt
never looks: use ``self.tr`` or ``QCoreApplication.translate("Context", ...)``).
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = {"es": "es"}  # file suffix -> the .ts target language
PLURAL_FORMS = {"es": 2}  # Qt's plural forms of each language: one, other
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def ts_path(language: str) -> Path:
    return FOLDER / f"explorer_{language}.ts"


def qm_path(language: str) -> Path:
    return FOLDER / f"explorer_{language}.qm"


def _tool(name: str) -> str:
    """The PySide6 tool beside this Python (a venv's bin), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: it comes with PySide6-Essentials (pip install -e .)")
    return found


def sources() -> list[Path]:
    """Every file whose strings the interface shows, in a fixed order."""
    return [*sorted((ROOT / "ui").rglob("*.py")), ROOT / "main.py"]


def _lupdate(ts: Path, language: str) -> None:
    args = [_tool("pyside6-lupdate"), *map(str, sources()), "-ts", str(ts)]
    args += ["-target-language", language, "-no-obsolete", "-locations", "none", "-silent"]
    done = subprocess.run(args, check=True, cwd=ROOT, capture_output=True, text=True)
    # lupdate strips the plural forms of the messages it misread as singular (which _mend restores) and says so
    noise = ("Removed plural forms as the target language has less forms.", "If this sounds wrong, possibly the target language")
    for line in done.stderr.splitlines():
        if line.strip() and not line.startswith(noise):
            print(line, file=sys.stderr)


def _lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT)


Key = tuple[str, str, str]  # context, source, disambiguation


def counted_calls() -> dict[Key, bool]:
    """Every ``translate("context", "source", ...)`` call in the sources, and whether it passes a count."""
    found: dict[Key, bool] = {}
    for path in sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            if name != "translate" or len(node.args) < 2:
                continue
            literal = [arg.value if isinstance(arg, ast.Constant) else None for arg in node.args]
            if not isinstance(literal[0], str) or not isinstance(literal[1], str):
                continue
            disambiguation = literal[2] if len(literal) > 2 and isinstance(literal[2], str) else ""
            counted = len(node.args) > 3 or any(keyword.arg == "n" for keyword in node.keywords)
            key = (literal[0], literal[1], disambiguation)
            found[key] = found.get(key, False) or counted
    return found


def _key(context: ET.Element, message: ET.Element) -> Key:
    return (context.findtext("name") or "", message.findtext("source") or "", message.findtext("comment") or "")


def _translations(ts: Path) -> dict[Key, ET.Element]:
    if not ts.exists():
        return {}
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None:
                found[_key(context, message)] = translation
    return found


def _empty_translation(numerus: bool, forms: int) -> ET.Element:
    element = ET.Element("translation", {"type": "unfinished"})
    for _form in range(forms if numerus else 0):
        ET.SubElement(element, "numerusform")
    return element


def _mend(ts: Path, before: dict[Key, ET.Element], forms: int) -> None:
    """Add the messages lupdate missed, mark counted ones plural, and restore earlier translations."""
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    calls = counted_calls()
    for key in sorted(calls):
        name, source, disambiguation = key
        context = contexts.get(name)
        if context is None:
            context = contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        if not any(_key(context, m) == key for m in context.iter("message")):
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            if disambiguation:
                ET.SubElement(message, "comment").text = disambiguation
    for context in root.iter("context"):
        for message in context.iter("message"):
            key = _key(context, message)
            numerus = calls.get(key, False) or message.get("numerus") == "yes"
            if numerus:
                message.set("numerus", "yes")
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            kept = before.get(key)
            usable = kept is not None and (kept.find("numerusform") is not None) == numerus
            message.append(kept if usable and kept is not None else _empty_translation(numerus, forms))
    for context in root.iter("context"):  # contexts and messages in a fixed order: diffs stay small
        messages = context.findall("message")
        for message in messages:
            context.remove(message)
        context.extend(sorted(messages, key=partial(_key, context)))
    ordered = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    for context in ordered:
        root.remove(context)
    root.extend(ordered)
    ET.indent(tree, space="    ")
    with ts.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


def _refresh(ts: Path, language: str) -> None:
    before = _translations(ts)
    _lupdate(ts, language)
    _mend(ts, before, PLURAL_FORMS[language])


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for suffix, language in LANGUAGES.items():
        _refresh(ts_path(suffix), language)


def build() -> None:
    for suffix in LANGUAGES:
        _lrelease(ts_path(suffix), qm_path(suffix))


def known_contexts() -> set[str]:
    """The contexts the code asks for at run time: its classes' names and translate()'s first arguments."""
    found: set[str] = set()
    for path in sources():
        text = path.read_text(encoding="utf-8")
        found.update(re.findall(r"^\s*class (\w+)", text, re.MULTILINE))
        found.update(re.findall(r"translate\(\s*\"(\w+)\"", text))
    return found


def message_problems(ts: Path) -> list[str]:
    """What is missing or wrong in a .ts file's messages, one line each."""
    problems: list[str] = []
    contexts = known_contexts()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        if name not in contexts:
            problems.append(f"{ts.name}: context {name!r} is not one the code looks up (a tr() on another object?)")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{ts.name} [{name}] {source[:60]!r}"
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where}: not translated")
                continue
            numerus = message.get("numerus") == "yes"
            forms = [form.text or "" for form in translation.iter("numerusform")] if numerus else [translation.text or ""]
            for form in forms:
                if not form.strip():
                    problems.append(f"{where}: empty translation")
                elif sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                    problems.append(f"{where}: placeholders differ: {form[:60]!r}")
            if message.get("numerus") == "yes" and not any("%n" in form for form in forms):
                problems.append(f"{where}: no form shows the count %n")
    return problems


def check() -> list[str]:
    """Every reason the translations are not ready to ship."""
    problems = stale()
    for suffix in LANGUAGES:
        if ts_path(suffix).exists():
            problems += message_problems(ts_path(suffix))
    return problems


def stale() -> list[str]:
    """The .ts files that differ from what update makes of the sources, and the .qm files that differ from build's."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        for suffix, language in LANGUAGES.items():
            ts, qm = ts_path(suffix), qm_path(suffix)
            if not ts.exists():
                problems.append(f"{ts.relative_to(ROOT)} is missing: run update")
                continue
            fresh = Path(scratch) / ts.name
            shutil.copy(ts, fresh)
            _refresh(fresh, language)
            if fresh.read_bytes() != ts.read_bytes():
                problems.append(f"{ts.relative_to(ROOT)} is stale against the sources: run update, then translate what is new")
            built = Path(scratch) / qm.name
            _lrelease(ts, built)
            if not qm.exists() or not filecmp.cmp(built, qm, shallow=False):
                problems.append(f"{qm.relative_to(ROOT)} is stale against its .ts: run build")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "build", "check"))
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "build":
        build()
    else:
        problems = check()
        for problem in problems:
            print(problem)
        if problems:
            print(f"{len(problems)} problem(s) with the translations", file=sys.stderr)
            return 1
        print("translations current and complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())

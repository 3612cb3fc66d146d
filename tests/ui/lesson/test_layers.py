"""The layers hold: the lesson layer runs without Qt, import-linter's list of the rest of ui is whole,
no room in ui/ has grown past 450 lines, and no word of the bundled trade is left in the code."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[3]
UI = ROOT / "ui"


def test_the_lesson_layer_imports_no_qt_no_matplotlib_and_no_other_part_of_ui() -> None:
    modules = sorted(p.stem for p in (UI / "lesson").glob("*.py") if p.stem != "__init__")
    script = (
        "import sys\n"
        + "".join(f"import ui.lesson.{m}\n" for m in modules)
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6', 'matplotlib'}"
        " or (m.startswith('ui.') and not m.startswith('ui.lesson')))\n"
        "print(bad)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]", result.stdout
    assert len(modules) >= 8


def test_import_linter_forbids_the_lesson_layer_every_other_part_of_ui() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    forbidden = next(
        c["forbidden_modules"] for c in contracts if c["source_modules"] == ["ui.lesson"] and "ui.window" in c["forbidden_modules"]
    )
    rooms = {f"ui.{p.stem}" for p in UI.glob("*.py") if p.stem != "__init__"} | {
        f"ui.{p.name}" for p in UI.iterdir() if p.is_dir() and p.name not in ("lesson", "__pycache__")
    }
    assert rooms == set(forbidden), f"add or remove in pyproject.toml: {sorted(rooms ^ set(forbidden))}"


def test_no_room_in_ui_is_over_450_lines() -> None:
    long = {str(p.relative_to(ROOT)): n for p in UI.rglob("*.py") if (n := len(p.read_text(encoding="utf-8").splitlines())) > 450}
    assert not long, f"split these by job: {long}"


# The bundled scenario's own words: they belong to its file, never to the code.
TRADE_WORDS = [
    "fentanyl", "sinaloa", "cjng", "jalisco", "chapitos", "mexico", "mexican", "china", "chinese", "india",
    r"\bdea\b", "cartel", "us streets", "united states", "street_market", "street market", "(latent)",
    "chemical_supplier", "transport_network", "pill", "precursor", "opioid", "overdose",
]  # fmt: skip
PRODUCT_NAME = 'APP_NAME = "Fentanyl Trade Explorer"'


@pytest.mark.parametrize("package", ["model", "ui"])
def test_no_word_of_the_bundled_trade_is_left_in_the_code(package: str) -> None:
    pattern = re.compile("|".join(w if w.startswith("\\") else re.escape(w) for w in TRADE_WORDS), re.IGNORECASE)
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if PRODUCT_NAME in line:
                continue  # the product's name, written once
            if match := pattern.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {match.group(0)!r}")
    assert not found, "\n".join(found)


def test_the_product_name_is_written_once() -> None:
    places = [
        p for p in list((ROOT / "ui").rglob("*.py")) + list((ROOT / "model").rglob("*.py")) if PRODUCT_NAME in p.read_text(encoding="utf-8")
    ]
    assert [p.relative_to(ROOT).as_posix() for p in places] == ["ui/lesson/documents.py"]


def test_every_qt_override_in_ui_is_guarded_so_no_exception_can_reach_qt() -> None:
    import ast

    from ui.guard import QT_OVERRIDES

    unguarded = []
    for path in sorted(UI.rglob("*.py")):
        if "lesson" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for fn in (n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name in QT_OVERRIDES):
                names = [d.func.id for d in fn.decorator_list if isinstance(d, ast.Call) and isinstance(d.func, ast.Name)]
                if "guarded" not in names:
                    unguarded.append(f"{path.relative_to(ROOT)}: {cls.name}.{fn.name}")
    assert not unguarded, "add @guarded(...) to:\n" + "\n".join(unguarded)

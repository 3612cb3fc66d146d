"""The interface's translation files (resources/translations/) against the sources: current, compiled, and the checker's own bite.

Runs pyside6-lupdate and pyside6-lrelease as programs (a few seconds); imports no Qt.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


def test_the_ts_and_qm_files_are_current_against_the_sources() -> None:
    assert tool.stale() == [], "run: python packaging/translations.py update && python packaging/translations.py build"


def test_every_string_has_its_spanish_with_the_same_placeholders_and_plural_forms() -> None:
    assert tool.message_problems(tool.ts_path("es")) == []


def test_every_counted_sentence_is_a_plural_entry_and_none_is_missing() -> None:
    """lupdate drops translate(..., len(x)) and files translate(..., count) as singular; update mends both."""
    import xml.etree.ElementTree as ET

    root = ET.parse(tool.ts_path("es")).getroot()
    messages = [(c, m) for c in root.iter("context") for m in c.iter("message")]
    entries = {(c.findtext("name"), m.findtext("source")): m.get("numerus") == "yes" for c, m in messages}
    for (context, source, _disambiguation), counted in tool.counted_calls().items():
        assert (context, source) in entries, f"missing from the .ts: [{context}] {source}"
        assert entries[(context, source)] == counted, f"[{context}] {source}: numerus should be {counted}"
    assert entries[("describe", "%n actor(s) removed.")] is True


def test_a_new_string_in_the_sources_makes_the_ts_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "extra.py"
    extra.write_text('from ui.lesson.i18n import translate\nTEXT = translate("describe", "A sentence nobody translated yet.")\n')
    sources = tool.sources()
    monkeypatch.setattr(tool, "sources", lambda: [*sources, extra])
    assert any("stale against the sources" in problem for problem in tool.stale())


def _ts(tmp_path: Path, context: str, source: str, translation: str, numerus: bool = False) -> Path:
    body = f"<numerusform>{translation}</numerusform><numerusform>{translation}</numerusform>" if numerus else translation
    path = tmp_path / "x.ts"
    attribute = ' numerus="yes"' if numerus else ""
    path.write_text(
        f'<?xml version="1.0"?><TS version="2.1" language="es"><context><name>{context}</name>'
        f"<message{attribute}><source>{source}</source><translation>{body}</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    return path


def test_the_checker_finds_a_lost_placeholder_a_missing_count_and_a_context_nobody_asks_for(tmp_path: Path) -> None:
    assert tool.message_problems(_ts(tmp_path, "describe", "{share} of the baseline", "de la línea base")) != []
    assert tool.message_problems(_ts(tmp_path, "describe", "%n actor(s)", "actores", numerus=True)) != []
    assert tool.message_problems(_ts(tmp_path, "w", "Next stage", "Siguiente etapa")) != []
    assert tool.message_problems(_ts(tmp_path, "describe", "{share} of the baseline", "{share} de la línea base")) == []

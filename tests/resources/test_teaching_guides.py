"""The teachers' guide in English and in Spanish (docs/teaching.md, docs/teaching.es.md) say the same.

A teacher follows the guide in front of a class: the challenge figures must be the model's in both
languages, every command-line option they quote must exist, and every button or menu the Spanish guide
names in italics must be one the Spanish interface shows.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import main
from ui.lesson.documents import APP_NAME

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = ROOT / "docs" / "teaching.md"
SPANISH = ROOT / "docs" / "teaching.es.md"
CATALOGUE = ROOT / "resources" / "translations" / "explorer_es.ts"


def _table_rows(text: str) -> list[str]:
    """The challenge table's rows (the table inside the challenges' list item, so indented)."""
    return [line for line in text.splitlines() if re.match(r"  \| [1-7] ", line)]


def _figures(row: str) -> list[str]:
    return re.findall(r"\d+(?:\.\d+)?%", row)


def test_the_challenge_table_gives_the_same_figures_in_both_languages() -> None:
    english, spanish = _table_rows(ENGLISH.read_text()), _table_rows(SPANISH.read_text())
    assert len(english) == len(spanish) == 7
    for en, es in zip(english, spanish, strict=True):
        assert en.split("|")[1].split()[0] == es.split("|")[1].split()[0]  # the stage's number
        assert _figures(en) == _figures(es), (en, es)


def test_every_option_the_guides_quote_exists() -> None:
    parser = main.build_parser()
    known = {option for action in parser._actions for option in action.option_strings}
    for command in ("handout", "validate", "simulate", "analyze", "compare"):
        sub = parser._subparsers._group_actions[0].choices[command]  # type: ignore[union-attr]
        known |= {option for action in sub._actions for option in action.option_strings}
    for guide in (ENGLISH, SPANISH):
        quoted = set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", guide.read_text()))
        assert quoted, guide
        assert quoted <= known, f"{guide.name}: {sorted(quoted - known)}"


def test_every_button_and_menu_the_spanish_guide_names_is_on_the_spanish_screen() -> None:
    interface = set()
    for message in ET.parse(CATALOGUE).iter("message"):
        for text in [message.findtext("translation")] + [f.text for f in message.iter("numerusform")]:
            if text:
                interface.add(text.replace("&", "").replace("{app}", APP_NAME).rstrip("\u2026").strip())
    text = re.sub(r"\s+", " ", SPANISH.read_text())
    named = [span for span in re.findall(r"(?<!\*)\*([^*]+)\*(?!\*)", text) if "[" not in span]
    assert len(named) >= 15
    missing = [part for span in named for part in span.split(" > ") if part not in interface]
    assert not missing, missing

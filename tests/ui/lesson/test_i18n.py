"""Language without Qt: the glossary's order and the number separators (ui/lesson/i18n.py, numbers.py)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from model.catalogue import default_scenario_path
from model.scenario import load_scenario
from ui.lesson import numbers
from ui.lesson.documents import glossary_markdown
from ui.lesson.i18n import collation_key


@pytest.fixture
def separators() -> Iterator[None]:
    yield
    numbers.set_separators()


def test_accented_terms_sort_with_their_letter_and_n_tilde_after_n() -> None:
    words = [
        "zeta",
        "\u00e1rbol",
        "nube",
        "\u00d1and\u00fa",
        "oro",
        "Abeja",
        "\u00bfQu\u00e9?",
        "\u00e9xito",
        "Enlace",
        "a\u00f1o",
        "anzuelo",
    ]
    assert sorted(words, key=collation_key) == [
        "Abeja", "anzuelo", "a\u00f1o", "\u00e1rbol", "Enlace", "\u00e9xito", "nube", "\u00d1and\u00fa", "oro", "\u00bfQu\u00e9?", "zeta",
    ]  # fmt: skip


def test_the_glossary_puts_arbol_among_the_a_terms_not_after_z() -> None:
    scenario = load_scenario(default_scenario_path())
    entry = scenario.glossary[0]
    terms = ["Zeta", "\u00e1rbol", "Abeja"]
    glossary = [dataclasses.replace(entry, term=term) for term in terms]
    text = glossary_markdown(dataclasses.replace(scenario, glossary=tuple(glossary)))
    assert text.index("**Abeja.**") < text.index("**\u00e1rbol.**") < text.index("**Zeta.**")


def test_numbers_take_the_separators_of_the_language(separators: None) -> None:
    assert (numbers.format_amount(12345.0), numbers.format_amount(2.5), numbers.format_share(0.125, 1)) == ("12,345", "2.5", "12.5%")
    numbers.set_separators(",", ".")  # a locale that writes 1.234,5 (es_ES)
    assert (numbers.format_amount(12345.0), numbers.format_amount(-2.5), numbers.format_share(0.125, 1), numbers.format_index(1.31)) == (
        "12.345",
        "\u22122,5",
        "12,5%",
        "1,31",
    )

"""The bundled scenarios: listed with title, language and description; found by id or by path."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.catalogue import UnknownScenarioError, bundled, default_scenario_path, find


def test_the_bundled_scenarios_are_listed_with_title_language_and_description() -> None:
    entries = bundled()
    assert entries, "at least the default scenario ships"
    first = entries[0]
    assert (first.id, first.language) == ("fentanyl_trade", "en")
    assert first.title and first.description and first.path.is_file()
    assert default_scenario_path() == first.path
    assert len({(e.id, e.language) for e in entries}) == len(entries), "one file per scenario and language"


def test_a_name_is_a_bundled_id_or_a_path(tmp_path: Path) -> None:
    assert find("fentanyl_trade") == default_scenario_path()
    mine = tmp_path / "mine.yaml"
    mine.write_text("title: x", encoding="utf-8")
    assert find(str(mine)) == mine
    assert find("missing.yaml") == Path("missing.yaml"), "a file name that does not exist is reported when it is read"
    with pytest.raises(UnknownScenarioError) as info:
        find("fentanyl_trad")
    assert "fentanyl_trade" in str(info.value) and "fentanyl_trad" in str(info.value)


def test_a_translation_is_found_by_language_and_english_is_the_fallback() -> None:
    assert find("fentanyl_trade", language="xx") == find("fentanyl_trade", language="en")
    for entry in bundled():
        assert find(entry.id, language=entry.language) == entry.path


def test_bundled_files_are_named_by_id_and_language_so_the_default_is_found_without_listing() -> None:
    """default_scenario_path finds the file by its name (listing parses every file whole): the names
    must say what the files hold, and both ways must agree for every language, known or not."""
    for entry in bundled():
        expected = f"{entry.id}.yaml" if entry.language == "en" else f"{entry.id}.{entry.language}.yaml"
        assert entry.path.name == expected
    from model.catalogue import DEFAULT_ID

    for language in {e.language for e in bundled()} | {"fr", "pt-BR", "../en"}:
        assert default_scenario_path(language) == find(DEFAULT_ID, language), language

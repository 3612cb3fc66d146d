"""The scenarios that ship with the app (data in the resources package), and how a name finds one.

Every ``resources/scenarios/*.yaml`` file is a bundled scenario. Its ``id`` (default: the file's name
up to the first dot) and ``language`` name it: translations of one scenario share the id, so
one id opens the English file or the Spanish one by the language asked for. Which scenario opens by
default is data too: ``resources.DEFAULT_SCENARIO``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import resources as resources_package
from model.errors import ModelError

DEFAULT_ID: str = resources_package.DEFAULT_SCENARIO
DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class Entry:
    """One bundled scenario: what the list of scenarios shows, and where its file is."""

    id: str
    language: str
    title: str
    description: str
    path: Path


class UnknownScenarioError(ModelError, LookupError):
    """Neither a file nor the id of a bundled scenario; ``known`` lists the bundled ids."""

    def __init__(self, name: str, known: Sequence[str]) -> None:
        self.name = name
        self.known = tuple(known)
        super().__init__(name)

    def __str__(self) -> str:
        return f"'{self.name}' is neither a scenario file nor a bundled scenario; bundled: {', '.join(self.known) or 'none'}"


def scenarios_folder() -> Path:
    return Path(str(resources.files("resources").joinpath("scenarios")))


@cache
def bundled() -> tuple[Entry, ...]:
    """Every bundled scenario, ordered by id and language (the default scenario's English first)."""
    from model.scenario import ScenarioError, parse_yaml

    entries = []
    for path in sorted(scenarios_folder().glob("*.yaml")):
        try:
            data = parse_yaml(path.read_text(encoding="utf-8"), str(path))
        except (OSError, UnicodeDecodeError, ScenarioError):
            continue  # a broken bundled file is reported when it is opened, not while listing
        if not isinstance(data, dict):
            continue
        entries.append(
            Entry(
                id=_text(data.get("id")) or path.name.split(".")[0],
                language=_text(data.get("language")) or DEFAULT_LANGUAGE,
                title=_text(data.get("title")) or path.stem,
                description=_text(data.get("description")) or "",
                path=path,
            )
        )
    return tuple(sorted(entries, key=lambda e: (e.id != DEFAULT_ID, e.id, e.language != DEFAULT_LANGUAGE, e.language)))


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def default_scenario_path(language: str = DEFAULT_LANGUAGE) -> Path:
    """The scenario the app opens by default, in the language asked for when it has one."""
    # Found by its file's name first: listing the bundled scenarios (``bundled``) parses every file
    # whole, a tenth of a second each on the way to the first picture. tests/model/test_catalogue.py
    # checks that every bundled file is named so (``<id>.yaml`` in English, ``<id>.<language>.yaml``)
    # and that both ways find the same file.
    folder = scenarios_folder()
    for wanted in dict.fromkeys((language, DEFAULT_LANGUAGE)):
        if not wanted.replace("-", "").replace("_", "").isalnum():
            continue  # a language code names no folder
        named = folder / (f"{DEFAULT_ID}.yaml" if wanted == DEFAULT_LANGUAGE else f"{DEFAULT_ID}.{wanted}.yaml")
        if named.is_file():
            return named
    try:
        return find(DEFAULT_ID, language)
    except UnknownScenarioError:
        return scenarios_folder() / f"{DEFAULT_ID}.yaml"


def find(name: str | Path, language: str = DEFAULT_LANGUAGE) -> Path:
    """The file a name means: an existing path as given, else the bundled scenario with that id (in
    ``language`` when there is such a translation, else in English, else in any language)."""
    path = Path(name)
    if path.exists() or path.suffix.lower() in (".yaml", ".yml") or len(path.parts) > 1:
        return path
    matches = [e for e in bundled() if e.id == str(name)]
    if not matches:
        raise UnknownScenarioError(str(name), sorted({e.id for e in bundled()}))
    for wanted in (language, DEFAULT_LANGUAGE):
        for entry in matches:
            if entry.language == wanted:
                return entry.path
    return matches[0].path

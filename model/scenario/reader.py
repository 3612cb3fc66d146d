"""Reading scenario files safely: the loaders (the guarded YAML parser is ``model.scenario.yaml_text``).

``load_scenario`` never executes anything from the file, rejects unknown keys, and reports every
problem at once as a ``ScenarioError`` whose problems each name the file, the field path and what
was expected.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from model.errors import ModelError
from model.scenario import cache
from model.scenario.checks import check_size, check_text, cross_check, describe_value, expected, field_path
from model.scenario.format import Scenario, with_default_vocabulary
from model.scenario.limits import MAX_PROBLEMS

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 5_000_000
MAX_NESTING = 40


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a scenario file."""

    file: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.path}" if self.path else self.file
        return f"{where}: {self.message}"


class ScenarioError(ModelError):
    """A scenario file could not be loaded; ``problems`` lists every reason."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @property
    def file(self) -> str:
        return self.problems[0].file if self.problems else ""


def parse_yaml(text: str, file: str) -> Any:
    """Safe-parse YAML text, turning every parser failure into a ScenarioError (see
    ``model.scenario.yaml_text``, imported here: a scenario from the cache needs no YAML read)."""
    from model.scenario.yaml_text import parse_yaml as parse

    return parse(text, file)


def load_scenario(path: str | Path) -> Scenario:
    """Read, parse and validate a scenario file; raise ScenarioError listing every problem.

    A file read and validated before, unchanged, comes from the cache of validated scenarios."""
    path = Path(path)
    file = str(path)
    raw = read_scenario_bytes(path)
    known = cache.read(raw)  # validated earlier from the same bytes by the same code (see model.scenario.cache)
    if known is not None:
        return known
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ScenarioError([Problem(file, "", "is not UTF-8 text; expected a YAML scenario file")]) from None
    scenario = scenario_from_text(text, file)
    cache.write(raw, scenario)
    return scenario


def read_scenario_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES, or a ScenarioError saying why not.

    Devices (``/dev/zero``), named pipes and folders are refused before they are opened: reading one
    would never end or never start. The size is checked again while reading, for a file that grows."""
    file = str(path)

    def refuse(message: str) -> ScenarioError:
        return ScenarioError([Problem(file, "", message)])

    too_big = f"expected a scenario file of at most 5 MB ({MAX_FILE_BYTES:,} bytes)"
    try:
        info = path.stat()
    except OSError as exc:
        raise refuse(f"cannot be read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise refuse("is a folder; expected a scenario file")
    if not stat.S_ISREG(info.st_mode):
        raise refuse("is not a regular file (it is a device, a named pipe or a socket); expected a scenario file")
    if info.st_size > MAX_FILE_BYTES:
        raise refuse(f"is {info.st_size:,} bytes; {too_big}")
    try:
        # O_NONBLOCK: should the path have become a named pipe since, opening it must not wait for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as stream:
            if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
                raise refuse("is not a regular file (it is a device, a named pipe or a socket); expected a scenario file")
            raw = stream.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise refuse(f"cannot be read: {exc.strerror or exc}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise refuse(f"grew to more than {MAX_FILE_BYTES:,} bytes while it was read; {too_big}")
    return raw


def scenario_from_text(text: str, file: str = "<scenario>") -> Scenario:
    """Parse and validate scenario YAML given as text (``file`` names it in messages)."""
    if len(text.encode("utf-8", errors="replace")) > MAX_FILE_BYTES:
        raise ScenarioError([Problem(file, "", f"expected a scenario of at most 5 MB ({MAX_FILE_BYTES:,} bytes)")])
    data = parse_yaml(text, file)
    return scenario_from_data(data, file)


def scenario_from_data(data: Any, file: str = "<scenario>") -> Scenario:
    """Validate already-parsed data into a Scenario, checking every cross-reference.

    Reports at most MAX_PROBLEMS problems, the size limits and the characters first: a file with
    thousands of mistakes (every route misspelt) is told its first ones, quickly."""
    if not isinstance(data, dict):
        kind = "empty" if data is None else describe_value(data)
        raise ScenarioError([Problem(file, "", f"is {kind}; expected a mapping with title, stages, actors, routes and market")])
    from model.scenario import schema  # pydantic, imported only to validate a file

    issues: list[tuple[str, str]] = [*check_size(data), *islice(check_text(data), MAX_PROBLEMS)]
    scenario: Scenario | None = None
    try:
        scenario = schema.validate(data)
    except schema.ValidationError as exc:
        errors = exc.errors()
        # A list that is too short only because one of its items failed repeats that item's error.
        failed = [tuple(e["loc"]) for e in errors if e.get("type") != "too_short"]
        errors = [e for e in errors if e.get("type") != "too_short" or not any(loc[: len(e["loc"])] == tuple(e["loc"]) for loc in failed)]
        issues.extend((field_path(err["loc"], data), expected(err)) for err in errors[: MAX_PROBLEMS + 1])
    except (RecursionError, ValueError, TypeError) as exc:
        issues.append(("", f"could not be validated: {type(exc).__name__}"))
    if len(issues) <= MAX_PROBLEMS:
        issues.extend(islice(cross_check(with_default_vocabulary(data)), MAX_PROBLEMS + 1 - len(issues)))
    problems = [Problem(file, path, message) for path, message in issues[:MAX_PROBLEMS]]
    if len(issues) > MAX_PROBLEMS:
        problems.append(Problem(file, "", f"more problems are not listed; fix these {MAX_PROBLEMS} first and validate again"))
    if problems or scenario is None:
        raise ScenarioError(problems or [Problem(file, "", "could not be validated")])
    return scenario

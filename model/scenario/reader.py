"""Reading scenario files safely: the guarded YAML parser and the loaders.

``load_scenario`` never executes anything from the file, rejects unknown keys, and reports every
problem at once as a ``ScenarioError`` whose problems each name the file, the field path and what
was expected.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from model.errors import ModelError
from model.scenario.checks import cross_check, describe_value, expected, field_path
from model.scenario.format import Scenario, with_default_vocabulary

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


class _GuardedLoader(yaml.SafeLoader):
    """A SafeLoader that refuses aliases (no billion-laughs expansion) and deep nesting."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.YAMLError(f"line {event.start_mark.line + 1}: anchors and aliases (*name) are not supported in scenario files")
        self._depth += 1
        try:
            if self._depth > MAX_NESTING:
                event = self.peek_event()
                raise yaml.YAMLError(f"line {event.start_mark.line + 1}: nested more than {MAX_NESTING} levels deep")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def parse_yaml(text: str, file: str) -> Any:
    """Safe-parse YAML text, turning every parser failure into a ScenarioError.

    With libyaml (PyYAML's C parser, five times faster on the bundled scenario) the node tree is
    composed in C and checked for aliases and depth before anything is constructed; without it,
    a pure-Python loader refuses both while composing."""
    loader: Any = None
    try:
        if getattr(yaml, "__with_libyaml__", False):
            loader = yaml.CSafeLoader(text)
            node = loader.get_single_node()
            if node is None:
                return None
            _check_nodes(node, text)
            return loader.construct_document(node)
        loader = _GuardedLoader(text)  # the reader checks the characters here already
        return loader.get_single_data()
    except yaml.YAMLError as exc:
        message = _one_line(str(exc))
        if "maximum nesting depth" in message:  # libyaml's own limit, far above ours
            message = f"nested more than {MAX_NESTING} levels deep"
        raise ScenarioError([Problem(file, "", f"not valid YAML: {message}")]) from None
    except RecursionError:
        raise ScenarioError([Problem(file, "", f"not valid YAML: nested too deeply (at most {MAX_NESTING} levels)")]) from None
    except Exception as exc:  # PyYAML's constructors raise many kinds of error on badly tagged values
        raise ScenarioError([Problem(file, "", f"not valid YAML: a value could not be read ({type(exc).__name__})")]) from None
    finally:
        if loader is not None:
            loader.dispose()


_ALIAS = re.compile(r"(?:^|[\s\[{,])(\*[^\s,\[\]{}]+)", re.MULTILINE)


def _check_nodes(root: yaml.Node, text: str) -> None:
    """Refuse aliases (a node reached twice) and nesting deeper than MAX_NESTING."""
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        line = node.start_mark.line + 1
        if id(node) in seen:
            # The node keeps the anchor's position; name the first alias's line instead.
            alias = _ALIAS.search(text)
            if alias is not None:
                line = text.count("\n", 0, alias.start(1)) + 1
            raise yaml.YAMLError(f"line {line}: anchors and aliases (*name) are not supported in scenario files")
        seen.add(id(node))
        if depth > MAX_NESTING:
            raise yaml.YAMLError(f"line {line}: nested more than {MAX_NESTING} levels deep")
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in node.value)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def load_scenario(path: str | Path) -> Scenario:
    """Read, parse and validate a scenario file; raise ScenarioError listing every problem."""
    path = Path(path)
    file = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ScenarioError([Problem(file, "", f"cannot be read: {exc.strerror or exc}")]) from None
    if size > MAX_FILE_BYTES:
        raise ScenarioError([Problem(file, "", f"is {size:,} bytes; expected a scenario file of at most 5 MB ({MAX_FILE_BYTES:,} bytes)")])
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ScenarioError([Problem(file, "", f"cannot be read: {exc.strerror or exc}")]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ScenarioError([Problem(file, "", "is not UTF-8 text; expected a YAML scenario file")]) from None
    return scenario_from_text(text, file)


def scenario_from_text(text: str, file: str = "<scenario>") -> Scenario:
    """Parse and validate scenario YAML given as text (``file`` names it in messages)."""
    if len(text.encode("utf-8", errors="replace")) > MAX_FILE_BYTES:
        raise ScenarioError([Problem(file, "", f"expected a scenario of at most 5 MB ({MAX_FILE_BYTES:,} bytes)")])
    data = parse_yaml(text, file)
    return scenario_from_data(data, file)


def scenario_from_data(data: Any, file: str = "<scenario>") -> Scenario:
    """Validate already-parsed data into a Scenario, checking every cross-reference."""
    if not isinstance(data, dict):
        kind = "empty" if data is None else describe_value(data)
        raise ScenarioError([Problem(file, "", f"is {kind}; expected a mapping with title, stages, actors, routes and market")])
    problems: list[Problem] = []
    scenario: Scenario | None = None
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        # A list that is too short only because one of its items failed repeats that item's error.
        failed = [tuple(e["loc"]) for e in errors if e.get("type") != "too_short"]
        errors = [e for e in errors if e.get("type") != "too_short" or not any(loc[: len(e["loc"])] == tuple(e["loc"]) for loc in failed)]
        problems.extend(Problem(file, field_path(err["loc"], data), expected(err)) for err in errors)
    except (RecursionError, ValueError, TypeError) as exc:
        problems.append(Problem(file, "", f"could not be validated: {type(exc).__name__}"))
    problems.extend(Problem(file, path, message) for path, message in cross_check(with_default_vocabulary(data)))
    if problems or scenario is None:
        raise ScenarioError(problems or [Problem(file, "", "could not be validated")])
    return scenario

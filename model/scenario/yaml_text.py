"""The guarded YAML reader of scenario files: PyYAML's safe loader (in C where libyaml is there), with
no aliases, no nesting deeper than MAX_NESTING, no tags outside plain YAML, no merge keys and no key
given twice. Imported only when a file is read: a scenario from the cache of validated scenarios
(``model.scenario.cache``) needs none of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from model.characters import shown
from model.scenario.reader import MAX_NESTING, Problem, ScenarioError


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


class _CoreLoader(yaml.CSafeLoader if getattr(yaml, "__with_libyaml__", False) else yaml.SafeLoader):  # type: ignore[misc]
    """libyaml's safe loader (PyYAML's C parser, five times faster on the bundled scenario), which
    also knows how to construct a whole number too long to read (see ``LongNumber``)."""


class _PureLoader(_GuardedLoader):
    """The pure-Python loader, for machines without libyaml."""


@dataclass(frozen=True)
class LongNumber:
    """A whole number with more than MAX_DIGITS digits, kept unread: Python refuses to read more than
    4,300 digits, and no field takes more than a few. pydantic then refuses it where it stands, so the
    message names its field."""

    digits: int

    def __repr__(self) -> str:
        return f"a whole number of {self.digits:,} digits"


MAX_DIGITS = 100
_CORE = "tag:yaml.org,2002:"
# Plain YAML: text, numbers, true/false, null, lists, mappings; a date is read as one (and refused by
# the field it stands in, with its path). Everything else (!!set, !!binary, !!omap, !!python/..., local
# tags) is refused.
_SCALAR_TAGS = frozenset(_CORE + name for name in ("null", "bool", "int", "float", "str", "timestamp"))
_TAGS_OF: dict[type[yaml.Node], frozenset[str]] = {
    yaml.ScalarNode: _SCALAR_TAGS,
    yaml.SequenceNode: frozenset({_CORE + "seq"}),
    yaml.MappingNode: frozenset({_CORE + "map"}),
}
_MERGE = _CORE + "merge"
_LONG_NUMBER = "tag:scenario-reader.invalid,2026:long-number"  # set by _check_nodes only
MAX_YAML_PROBLEMS = 20

for _loader in (_CoreLoader, _PureLoader):
    _loader.add_constructor(_LONG_NUMBER, lambda loader, node: LongNumber(sum(c.isdigit() for c in node.value)))


def parse_yaml(text: str, file: str) -> Any:
    """Safe-parse YAML text, turning every parser failure into a ScenarioError.

    The node tree is composed first (in C with libyaml) and checked before anything is constructed:
    no aliases, no nesting deeper than MAX_NESTING, no tag outside plain YAML, no merge key, no key
    twice in one mapping (see ``_check_nodes``). The pure-Python loader refuses aliases and depth
    already while composing."""
    loader: Any = None
    try:
        loader = _CoreLoader(text) if getattr(yaml, "__with_libyaml__", False) else _PureLoader(text)
        node = loader.get_single_node()
        if node is None:
            return None
        problems = _check_nodes(node, text, loader)
        if problems:
            raise ScenarioError([Problem(file, "", message) for message in problems])
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        message = _one_line(str(exc))
        if "maximum nesting depth" in message:  # libyaml's own limit, far above ours
            message = f"nested more than {MAX_NESTING} levels deep"
        raise ScenarioError([Problem(file, "", f"not valid YAML: {shown(message, 300)}")]) from None
    except RecursionError:
        raise ScenarioError([Problem(file, "", f"not valid YAML: nested too deeply (at most {MAX_NESTING} levels)")]) from None
    except ScenarioError:
        raise
    except Exception as exc:  # PyYAML's constructors raise many kinds of error on badly tagged values
        raise ScenarioError([Problem(file, "", f"not valid YAML: a value could not be read ({type(exc).__name__})")]) from None
    finally:
        if loader is not None:
            loader.dispose()


def _first_alias_line(text: str) -> int | None:
    """The line of the first alias, found by parsing again (only ever on the way to an error)."""
    loader = _CoreLoader(text)
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.AliasEvent) and event.start_mark is not None:
                return int(event.start_mark.line) + 1
    except yaml.YAMLError:
        pass
    finally:
        loader.dispose()
    return None


def _tag_name(tag: str) -> str:
    return shown("!!" + tag.removeprefix(_CORE) if tag.startswith(_CORE) else tag, 50)


def _key_identity(loader: Any, key: yaml.ScalarNode) -> tuple[str, object]:
    """What a key means: ``1`` and ``01`` are the same key, ``a`` and ``'a'`` too."""
    if key.tag in (_CORE + "str", _LONG_NUMBER):
        return key.tag, key.value
    try:
        return key.tag, loader.construct_object(key)
    except Exception:  # a key that cannot be read is reported when the document is constructed
        return key.tag, key.value


def _check_nodes(root: yaml.Node, text: str, loader: Any) -> list[str]:
    """Refuse aliases (a node reached twice) and nesting deeper than MAX_NESTING at once; list, with
    their lines, the tags outside plain YAML, merge keys (<<), keys that are not text and keys given
    twice in one mapping. Whole numbers of more than MAX_DIGITS digits are marked as LongNumber."""
    problems: list[str] = []
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack and len(problems) < MAX_YAML_PROBLEMS:
        node, depth = stack.pop()
        line = node.start_mark.line + 1
        if id(node) in seen:
            # The node keeps the anchor's position; name the first alias's line instead.
            line = _first_alias_line(text) or line
            raise yaml.YAMLError(f"line {line}: anchors and aliases (*name) are not supported in scenario files")
        seen.add(id(node))
        if depth > MAX_NESTING:
            raise yaml.YAMLError(f"line {line}: nested more than {MAX_NESTING} levels deep")
        if node.tag not in _TAGS_OF[type(node)]:
            problems.append(
                f"line {line}: the tag {_tag_name(node.tag)} is not supported; expected plain YAML "
                "(text, numbers, true or false, lists and mappings, without tags)"
            )
            continue
        if isinstance(node, yaml.ScalarNode):
            if node.tag == _CORE + "int" and sum(c.isdigit() for c in node.value) > MAX_DIGITS:
                node.tag = _LONG_NUMBER
        elif isinstance(node, yaml.MappingNode):
            children = _mapping_children(node, loader, problems)
            stack.extend((child, depth + 1) for child in children)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in node.value)
    return sorted(problems, key=lambda message: int(message.split(":")[0].removeprefix("line ")))


def _mapping_children(node: yaml.MappingNode, loader: Any, problems: list[str]) -> list[yaml.Node]:
    """The keys and values of a mapping to check next; merge keys, keys that are lists or mappings and
    keys given twice are added to ``problems`` with their lines."""
    children: list[yaml.Node] = []
    first_line: dict[tuple[str, object], int] = {}
    for key, value in node.value:
        key_line = key.start_mark.line + 1
        if key.tag == _MERGE:
            problems.append(f"line {key_line}: merge keys (<<) are not supported in scenario files; write the keys out instead")
            children.append(value)  # an alias there is refused as such
            continue
        if not isinstance(key, yaml.ScalarNode):
            problems.append(f"line {key_line}: a key must be a plain word, not a list or a mapping")
            continue
        identity = _key_identity(loader, key)
        try:
            earlier = first_line.get(identity)
            first_line.setdefault(identity, key_line)
        except TypeError:  # an unhashable key (a key tagged oddly) is refused when constructed
            earlier = None
        if earlier is not None:
            problems.append(
                f"line {key_line}: the key '{shown(key.value)}' is given twice in one mapping (first on line {earlier}); "
                "expected each key once"
            )
        children += [key, value]
    return children


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()

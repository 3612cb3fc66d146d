"""What pydantic cannot check in a scenario: ids, references, the vocabulary, the shape of the network.

The checks read the raw data tolerantly, so that reference problems are reported together with
type problems. Each problem is a (field path, what was expected) pair; the reader adds the file.
Ids are compared after the same normalisation the models apply (surrounding spaces dropped), so
``group_a`` and ``"group_a "`` are one id, given twice. Every value a message quotes goes through
``shown``: shortened and safe to print, whatever the file holds.
"""

from __future__ import annotations

import difflib
import reprlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from model.characters import has_visible_character, refused_character, shown
from model.scenario.limits import MAX_ACTORS, MAX_ROUTES

ACTION_TAGS = frozenset({"remove", "scale_capacity", "add_route_cost", "scale_demand"})
# A value quoted in a message: a few items of a list, the start of a long text, never the whole file.
_SHORT_REPR = reprlib.Repr()
for _name, _most in (("maxlevel", 2), ("maxtuple", 4), ("maxlist", 4), ("maxdict", 4), ("maxset", 4), ("maxstring", 60), ("maxother", 60)):
    setattr(_SHORT_REPR, _name, _most)  # Python 3.11's Repr takes no arguments
Issue = tuple[str, str]  # field path, what was expected


def _text(value: Any) -> str | None:
    """A text value as the models read it (stripped), or None when it is not text."""
    return value.strip() if isinstance(value, str) else None


def _items(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = data.get(key)
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


@dataclass(frozen=True)
class _Actor:
    id: str
    stage: str
    kind: str
    region: str


@dataclass(frozen=True)
class _Filter:
    """A kind or region named by a preset action: where it is, which vocabulary list, the value."""

    path: str
    what: str  # "kind" or "region"
    value: str


@dataclass(frozen=True)
class _Outline:
    """The ids and references of a scenario, read tolerantly from raw data."""

    stage_ids: tuple[str, ...]
    actors: tuple[_Actor, ...]
    routes: tuple[tuple[str, str], ...]
    presets: tuple[tuple[str, tuple[tuple[int, tuple[str, ...]], ...]], ...]
    filters: tuple[_Filter, ...]
    kinds: tuple[tuple[str, str], ...]  # id, role
    regions: tuple[str, ...]

    @staticmethod
    def of(data: Mapping[str, Any]) -> _Outline:
        stage_ids = tuple(t for s in _items(data, "stages") if (t := _text(s.get("id"))) is not None)
        actors = tuple(
            _Actor(t, _text(a.get("stage")) or "", _text(a.get("kind")) or "", _text(a.get("region")) or "")
            for a in _items(data, "actors")
            if (t := _text(a.get("id"))) is not None
        )
        routes = tuple(
            (a, b) for r in _items(data, "routes") if (a := _text(r.get("from"))) is not None and (b := _text(r.get("to"))) is not None
        )
        presets = []
        filters: list[_Filter] = []
        for p in _items(data, "presets"):
            preset_id = _text(p.get("id")) or "?"
            refs = []
            actions = p.get("actions")
            for i, act in enumerate(actions if isinstance(actions, list) else []):
                if not isinstance(act, dict):
                    continue
                if act.get("action") == "remove" and isinstance(act.get("actors"), list):
                    refs.append((i, tuple(t for x in act["actors"] if (t := _text(x)) is not None)))
                for key in ("kind", "from_kind", "to_kind", "region", "from_region", "to_region"):
                    value = _text(act.get(key))
                    if value is not None:
                        what = "kind" if key.endswith("kind") else "region"
                        filters.append(_Filter(f"presets[{_label(preset_id)}].actions[{i}].{key}", what, value))
            presets.append((preset_id, tuple(refs)))
        raw = data.get("vocabulary")
        vocabulary: Mapping[str, Any] = raw if isinstance(raw, dict) else {}
        kinds = tuple((t, str(k.get("role", "carrier"))) for k in _items(vocabulary, "kinds") if (t := _text(k.get("id"))) is not None)
        regions = tuple(t for r in _items(vocabulary, "regions") if (t := _text(r.get("id"))) is not None)
        return _Outline(stage_ids, actors, routes, tuple(presets), tuple(filters), kinds, regions)


def check_size(data: Mapping[str, Any]) -> Iterator[Issue]:
    """No more actors and routes than the app can draw and analyse (model.scenario.limits)."""
    for key, most in (("actors", MAX_ACTORS), ("routes", MAX_ROUTES)):
        items = data.get(key)
        if isinstance(items, list) and len(items) > most:
            yield (
                key,
                f"{len(items):,} {key}; expected at most {most:,}, the most the app can draw and analyse (see docs/scenario-format.md)",
            )


def check_text(data: Any) -> Iterator[Issue]:
    """Every string in the file, keys included, in file order: no refused character (see
    model.characters) and, unless it is blank, at least one visible character."""
    stack: list[tuple[Any, tuple[Any, ...]]] = [(data, ())]
    while stack:
        node, loc = stack.pop()
        if isinstance(node, str):
            problem = _text_problem(node)
            if problem:
                yield field_path(loc, data), problem
        elif isinstance(node, dict):
            for key, value in reversed(node.items()):
                stack.append((value, (*loc, key)))
            for key in reversed(node):
                problem = _text_problem(key) if isinstance(key, str) else None
                if problem:
                    yield field_path((*loc, key), data), f"the key {problem}"
        elif isinstance(node, list):
            stack.extend(((item, (*loc, i)) for i, item in reversed(list(enumerate(node)))))


def _text_problem(text: str) -> str | None:
    if text.isascii() and text.isprintable():  # most text: nothing refused, and visible unless blank
        return None
    if not text.isprintable():  # printable text holds no refused character: the common case is fast
        refused = refused_character(text)
        if refused:
            return f"{refused}; expected printable text (only line breaks and tabs as control characters)"
    if text.strip() and not has_visible_character(text):
        return "has no visible characters (only spaces, zero-width or blank characters); expected text that can be seen"
    return None


def cross_check(data: Mapping[str, Any]) -> Iterator[Issue]:
    """Every problem pydantic cannot see, given the raw data (with the default vocabulary filled in)."""
    outline = _Outline.of(data)
    yield from _check_ids(outline)
    yield from _check_vocabulary(outline)
    yield from _check_routes(outline)
    yield from _check_preset_actors(outline)
    yield from _check_inputs(data, outline)
    yield from _check_shape(outline, _enablers(data, outline))
    yield from _check_challenges(data, outline)


def _label(item_id: str) -> str:
    """An id as a field path names it: shortened and safe to print."""
    return shown(item_id, 64)


def _one_of(values: Iterable[str], most: int = 12) -> str:
    listed = list(values)
    more = f" and {len(listed) - most:,} more" if len(listed) > most else ""
    return ", ".join(shown(v, 64) for v in listed[:most]) + more


def _check_vocabulary(outline: _Outline) -> Iterator[Issue]:
    kind_ids = [k for k, _role in outline.kinds]
    for dup in _duplicates(kind_ids):
        yield f"vocabulary.kinds[{_label(dup)}].id", f"duplicate kind id '{shown(dup)}'; expected every kind id once"
    for dup in _duplicates(list(outline.regions)):
        yield f"vocabulary.regions[{_label(dup)}].id", f"duplicate region id '{shown(dup)}'; expected every region id once"
    kinds, regions = set(kind_ids), set(outline.regions)
    for actor in outline.actors:
        if kinds and actor.kind and actor.kind not in kinds:
            yield (
                f"actors[{_label(actor.id)}].kind",
                f"unknown kind '{shown(actor.kind)}'; expected one of the kinds in vocabulary.kinds: {_one_of(kind_ids)}",
            )
        if regions and actor.region and actor.region not in regions:
            yield (
                f"actors[{_label(actor.id)}].region",
                f"unknown region '{shown(actor.region)}'; expected one of the regions in vocabulary.regions: {_one_of(outline.regions)}",
            )
    for item in outline.filters:
        known = kinds if item.what == "kind" else regions
        if known and item.value not in known:
            listed = kind_ids if item.what == "kind" else outline.regions
            yield item.path, f"unknown {item.what} '{shown(item.value)}'; expected one of the {item.what}s in vocabulary: {_one_of(listed)}"


def _check_ids(outline: _Outline) -> Iterator[Issue]:
    for dup in _duplicates(list(outline.stage_ids)):
        yield f"stages[{_label(dup)}].id", f"duplicate stage id '{shown(dup)}'; expected every stage id once"
    for dup in _duplicates([a.id for a in outline.actors]):
        yield f"actors[{_label(dup)}].id", f"duplicate actor id '{shown(dup)}'; expected every actor id once"
    for dup in _duplicates([p[0] for p in outline.presets]):
        yield f"presets[{_label(dup)}].id", f"duplicate preset id '{shown(dup)}'"
    stage_order = _stage_order(outline)
    for actor in outline.actors:
        if outline.stage_ids and actor.stage not in stage_order:
            yield f"actors[{_label(actor.id)}].stage", f"unknown stage '{shown(actor.stage)}'; expected one of {_one_of(stage_order)}"


def _check_preset_actors(outline: _Outline) -> Iterator[Issue]:
    actors = {a.id for a in outline.actors}
    suggest = Suggester(actors).hint
    for preset_id, refs in outline.presets:
        for i, ids in refs:
            for ref in ids:
                if ref not in actors:
                    yield f"presets[{_label(preset_id)}].actions[{i}].actors", f"unknown actor '{shown(ref)}'{suggest(ref)}"


def _check_challenges(data: Mapping[str, Any], outline: _Outline) -> Iterator[Issue]:
    """A challenge names stages, actors and presets that exist, and its solution keeps its own rules."""
    stages, actors = set(outline.stage_ids), {a.id for a in outline.actors}
    presets = {p[0] for p in outline.presets}
    for stage in _items(data, "stages"):
        challenge = stage.get("challenge")
        if not isinstance(challenge, dict):
            continue
        path = f"stages[{_label(_text(stage.get('id')) or '?')}].challenge"
        goal = _mapping(challenge.get("goal"))
        for key in ("among", "removals_from"):
            for ref in goal.get(key) or []:
                if isinstance(ref, str) and ref not in stages:
                    yield f"{path}.goal.{key}", f"unknown stage '{shown(ref)}'; expected one of {_one_of(outline.stage_ids)}"
        solution = _mapping(challenge.get("solution"))
        removed = [r for r in solution.get("remove") or [] if isinstance(r, str)]
        for ref in removed:
            if ref not in actors:
                yield f"{path}.solution.remove", f"unknown actor '{shown(ref)}'{Suggester(actors).hint(ref)}"
        for ref in solution.get("presets") or []:
            if isinstance(ref, str) and ref not in presets:
                yield f"{path}.solution.presets", f"unknown preset '{shown(ref)}'; expected one of {_one_of(presets)}"
        yield from _check_solution_rules(path, goal, solution, removed)


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def _check_solution_rules(path: str, goal: Mapping[str, Any], solution: Mapping[str, Any], removed: list[str]) -> Iterator[Issue]:
    if goal.get("goal") == "keep_below":
        most = goal.get("max_removals", 3)
        if isinstance(most, int) and len(removed) > most:
            yield f"{path}.solution.remove", f"{len(removed)} actors removed; expected at most max_removals ({most})"
        if solution.get("presets") and not goal.get("policies", False):
            yield f"{path}.solution.presets", "policies in a solution; expected none unless the goal sets policies: true"
    elif goal.get("goal") == "most_critical" and solution and (len(removed) != 1 or solution.get("presets")):
        yield f"{path}.solution", "expected exactly one actor removed and no policies (the goal is one actor)"


def _stage_order(outline: _Outline) -> dict[str, int]:
    order: dict[str, int] = {}
    for i, stage_id in enumerate(outline.stage_ids):
        order.setdefault(stage_id, i)
    return order


def _good_routes(outline: _Outline) -> list[tuple[str, str]]:
    """Routes whose ends exist and differ (the others are reported by ``_check_routes``)."""
    actors = {a.id for a in outline.actors}
    return [(a, b) for a, b in dict.fromkeys(outline.routes) if a in actors and b in actors and a != b]


def _check_routes(outline: _Outline) -> Iterator[Issue]:
    actors = {a.id: a for a in outline.actors}
    suggest = Suggester(actors).hint
    stage_order = _stage_order(outline)
    seen: set[tuple[str, str]] = set()
    for a_id, b_id in outline.routes:
        where = f"routes[{_label(a_id)}->{_label(b_id)}]"
        if (a_id, b_id) in seen:
            yield where, "duplicate route; expected each from/to pair once"
        seen.add((a_id, b_id))
        missing = [(end, ref) for end, ref in (("from", a_id), ("to", b_id)) if ref not in actors]
        for end, ref in missing:
            yield f"{where}.{end}", f"unknown actor '{shown(ref)}'{suggest(ref)}"
        if missing:
            continue
        if a_id == b_id:
            yield where, "a route cannot lead from an actor to itself"
            continue
        sa, sb = actors[a_id].stage, actors[b_id].stage
        if sa in stage_order and sb in stage_order and stage_order[sb] < stage_order[sa]:
            expected_order = "expected routes to lead to the same or a later stage"
            yield where, f"runs backwards from stage '{shown(sa)}' to the earlier stage '{shown(sb)}'; {expected_order}"


def _needs(data: Mapping[str, Any]) -> Iterator[tuple[str, int, list[str]]]:
    """(actor id, position, the ids in ``from``) for every need, read tolerantly."""
    for actor in _items(data, "actors"):
        actor_id = _text(actor.get("id")) or "?"
        needs = actor.get("needs")
        for i, need in enumerate(needs if isinstance(needs, list) else []):
            if isinstance(need, dict) and isinstance(need.get("from"), list):
                yield actor_id, i, [t for x in need["from"] if (t := _text(x)) is not None]


def _enablers(data: Mapping[str, Any], outline: _Outline) -> set[str]:
    """Actors of an enabling kind that another actor needs: they enable flow and carry none, so they need no routes."""
    roles, kinds = dict(outline.kinds), {a.id: a.kind for a in outline.actors}
    return {ref for _, _, refs in _needs(data) for ref in refs if roles.get(kinds.get(ref, "")) in ("money", "equipment")}


def _check_inputs(data: Mapping[str, Any], outline: _Outline) -> Iterator[Issue]:
    """Enabling inputs (``needs``) and splinter groups (``splinter_of``) name actors that fit."""
    yield from _check_needs(data, outline)
    yield from _check_splinters(data, outline)


def _check_needs(data: Mapping[str, Any], outline: _Outline) -> Iterator[Issue]:
    actors = {a.id: a for a in outline.actors}
    suggest = Suggester(actors).hint
    roles = dict(outline.kinds)
    enabling = sorted(k for k, role in outline.kinds if role in ("money", "equipment"))
    enablers = _enablers(data, outline)
    for actor_id, i, refs in _needs(data):
        where = f"actors[{_label(actor_id)}].needs[{i}].from"
        for ref in refs:
            if ref not in actors:
                yield where, f"unknown actor '{shown(ref)}'{suggest(ref)}"
            elif ref == actor_id:
                yield where, "an actor cannot enable itself"
            elif roles and roles.get(actors[ref].kind) not in ("money", "equipment"):
                kinds = _one_of(enabling) or "none in this vocabulary"
                expected = f"expected an actor of a kind whose role is money or equipment ({kinds})"
                yield where, f"'{shown(ref)}' is not an enabling input; {expected}"
        if actor_id in enablers:
            yield f"actors[{_label(actor_id)}].needs", "an actor that enables others cannot itself need an input; expected no needs"
    routed = {end for route in _good_routes(outline) for end in route}
    for ref in sorted(enablers & routed):
        yield f"actors[{_label(ref)}]", "an actor that enables others carries no flow; expected no routes to or from it"


def _check_splinters(data: Mapping[str, Any], outline: _Outline) -> Iterator[Issue]:
    actors = {a.id for a in outline.actors}
    suggest = Suggester(actors).hint
    for actor in _items(data, "actors"):
        parents = actor.get("splinter_of")
        if not isinstance(parents, list) or not parents:
            continue
        actor_id = _label(_text(actor.get("id")) or "?")
        if actor.get("latent") is not True:
            yield f"actors[{actor_id}].splinter_of", "only a latent actor can be a splinter group; expected latent: true"
        for ref in (t for x in parents if (t := _text(x)) is not None):
            if ref not in actors:
                yield f"actors[{actor_id}].splinter_of", f"unknown actor '{shown(ref)}'{suggest(ref)}"


def _check_shape(outline: _Outline, enablers: set[str] | None = None) -> Iterator[Issue]:
    if not outline.actors:
        return
    stage_order = _stage_order(outline)
    roles = dict(outline.kinds)
    markets = {a.id for a in outline.actors if roles.get(a.kind) == "market"}
    incoming = {a.id: 0 for a in outline.actors}
    outgoing = {a.id: 0 for a in outline.actors}
    good = _good_routes(outline)
    for a_id, b_id in good:
        outgoing[a_id] += 1
        incoming[b_id] += 1
    first_stage = min((stage_order[a.stage] for a in outline.actors if a.stage in stage_order), default=0)
    for actor in outline.actors:
        if actor.stage not in stage_order or actor.id in (enablers or ()):
            continue
        if stage_order[actor.stage] != first_stage and incoming[actor.id] == 0:
            yield f"actors[{_label(actor.id)}]", "no route leads into this actor; expected at least one route from an earlier actor"
        if actor.id not in markets and outgoing[actor.id] == 0:
            yield (
                f"actors[{_label(actor.id)}]",
                "no route leads out of this actor; expected at least one onward route (only actors of a market kind end the chain)",
            )
    if not markets:
        yield "actors", "expected at least one actor of a kind whose role is market, where supply meets demand"
    cycle = _find_cycle(good)
    if cycle:
        loop = " -> ".join(_label(a) for a in cycle) if len(cycle) <= 12 else f"{' -> '.join(_label(a) for a in cycle[:12])} -> ..."
        yield "routes", f"routes form a loop ({loop}); expected routes to lead onward only"


def field_path(loc: Iterable[Any], data: Any) -> str:
    """Turn a pydantic location into ``actors[group_a].capacity``, naming items by id."""
    out = ""
    node = data
    for part in loc:
        if isinstance(part, int):
            label: str = str(part)
            if isinstance(node, list) and 0 <= part < len(node):
                item = node[part]
                if isinstance(item, dict):
                    if isinstance(item.get("id"), str):
                        label = _label(item["id"].strip())
                    elif isinstance(item.get("from"), str) and isinstance(item.get("to"), str):
                        label = f"{_label(item['from'].strip())}->{_label(item['to'].strip())}"
                    elif isinstance(item.get("term"), str):
                        label = _label(item["term"].strip())
                node = item
            else:
                node = None
            out += f"[{label}]"
        else:
            if isinstance(node, dict) and part not in node and part in ACTION_TAGS:
                continue  # discriminated-union tag that pydantic adds to the location
            key = _label(part if isinstance(part, str) else repr(part))
            out += f".{key}" if out else key
            node = node.get(part) if isinstance(node, dict) else None
    return out


def expected(err: Mapping[str, Any]) -> str:
    """What was expected, in plain words, from a pydantic error."""
    kind = err.get("type", "")
    msg = str(err.get("msg", "invalid value"))
    got = err.get("input")
    if kind == "extra_forbidden":
        return "unknown key; check its spelling against docs/scenario-format.md"
    if kind == "missing":
        return "missing; this field is required"
    msg = shown(msg, 300)  # pydantic's own words may quote the value (an unknown action's name)
    if kind == "value_error":
        return msg.removeprefix("Value error, ")
    msg = msg[0].lower() + msg[1:] if msg else msg
    return f"expected: {msg} (found {shown(_SHORT_REPR.repr(got))})"


def describe_value(value: Any) -> str:
    names = {list: "a list", str: "a piece of text", int: "a number", float: "a number", bool: "true or false"}
    return names.get(type(value), f"a {type(value).__name__}")


def _duplicates(items: Sequence[str]) -> list[str]:
    seen: set[str] = set()
    dups: dict[str, None] = {}
    for item in items:
        if item in seen:
            dups[item] = None
        seen.add(item)
    return list(dups)


class Suggester:
    """ "Did you mean ...?" for misspelt ids, in near-linear time however many ids there are.

    Comparing every unknown id with every known one (difflib over all of them) took 300 seconds for
    5,000 actors whose routes were all misspelt. Instead, the known ids are indexed once by every way
    of deleting one of their characters (so one missing, extra, wrong or swapped character finds its
    id) and by their first three characters; difflib ranks only those candidates, at most
    MAX_CANDIDATES of them."""

    MAX_CANDIDATES = 60
    MAX_ID_LENGTH = 64  # longer text is no id; only its first characters are indexed

    def __init__(self, known: Iterable[str]) -> None:
        self._known = tuple(dict.fromkeys(known))
        self._by_variant: dict[str, list[str]] | None = None
        self._by_prefix: dict[str, list[str]] = {}

    @classmethod
    def _variants(cls, word: str) -> set[str]:
        word = word[: cls.MAX_ID_LENGTH]
        return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}

    def _index(self) -> dict[str, list[str]]:
        if self._by_variant is None:
            by_variant: defaultdict[str, list[str]] = defaultdict(list)
            by_prefix: defaultdict[str, list[str]] = defaultdict(list)
            for word in self._known:
                for variant in self._variants(word):
                    if len(by_variant[variant]) < self.MAX_CANDIDATES:
                        by_variant[variant].append(word)
                if len(by_prefix[word[:3]]) < self.MAX_CANDIDATES:
                    by_prefix[word[:3]].append(word)
            self._by_variant, self._by_prefix = dict(by_variant), dict(by_prefix)
        return self._by_variant

    def matches(self, ref: str) -> list[str]:
        """Up to three known ids close to ``ref``, the closest first."""
        by_variant = self._index()
        candidates: dict[str, None] = {}
        for variant in self._variants(ref):
            candidates.update(dict.fromkeys(by_variant.get(variant, ())))
        candidates.update(dict.fromkeys(self._by_prefix.get(ref[:3], ())))
        return difflib.get_close_matches(ref[: self.MAX_ID_LENGTH], list(candidates)[: self.MAX_CANDIDATES * 2], n=3, cutoff=0.5)

    def hint(self, ref: str) -> str:
        close = self.matches(ref)
        return f"; did you mean {', '.join(_label(c) for c in close)}?" if close else ""


def _find_cycle(edges: Sequence[tuple[str, str]]) -> list[str]:
    graph: dict[str, list[str]] = {}
    for a, b in edges:
        graph.setdefault(a, []).append(b)
    state: dict[str, int] = {}
    for start in graph:
        if state.get(start):
            continue
        stack: list[tuple[str, int]] = [(start, 0)]
        path: list[str] = []
        while stack:
            node, idx = stack.pop()
            if idx == 0:
                state[node] = 1
                path.append(node)
            children = graph.get(node, [])
            if idx < len(children):
                stack.append((node, idx + 1))
                child = children[idx]
                if state.get(child) == 1:
                    return [*path[path.index(child) :], child]
                if not state.get(child):
                    stack.append((child, 0))
            else:
                state[node] = 2
                path.pop()
    return []

"""A cache of solved baselines, so that the explorer's first picture needs neither numpy nor OR-Tools.

Solving the bundled scenario's baseline takes a few hundredths of a second, but importing the solver
(numpy and OR-Tools) takes about a fifth of a second of the explorer's start-up, on every start, for
a scenario and a model that have not changed. The baseline plan's assessment (its flows and its
months) is written here as plain JSON (never pickle: nothing read back can run code) under a key
made of

- the SHA-256 of the scenario's content as read (``model.scenario.cache.content_digest``),
- a stamp of the code that solved it: every source file of ``model/`` (the solver, the months'
  mechanics and the scenario format alike), the version of Python and which numpy and OR-Tools
  are installed (their distributions' versions, their files' sizes and times),
- the number of months and the seed.

A change to any of them gives a new key, so a stale entry is never used. A kept assessment answers
the baseline plan only (``Assessor.adopt_baseline``); the first solve of another plan solves the
baseline afresh and checks it against the kept one: should they ever differ, the fresh one replaces
it, the entry is removed and the window redraws (tests/model/test_baseline_cache.py checks that a
kept baseline equals a fresh solve exactly). Anything unexpected in an entry makes it a miss. The
folder is ``baselines`` inside the scenario cache's folder (``FTE_CACHE_DIR``; ``off`` turns both off).
"""

from __future__ import annotations

import hashlib
import logging
import sys
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from model.assessor import Assessor
from model.interventions import Plan
from model.network import Conditions
from model.results import Assessment, FlowResult, MonthState, Timeline, compare
from model.scenario.cache import cache_folder, content_digest, executable_stamp, read_entry, write_entry

logger = logging.getLogger(__name__)

FORMAT_VERSION = 1
_MODEL = Path(__file__).resolve().parent
_VERSIONED = ("numpy", "ortools")


def folder() -> Path | None:
    """Where entries live, or None when the cache is turned off."""
    base = cache_folder()
    return None if base is None else base / "baselines"


@cache
def code_stamp() -> str:
    """A digest of the code that solves and simulates: the model's sources and the solver's versions."""
    digest = hashlib.sha256(f"{FORMAT_VERSION}:{sys.version}".encode())
    for name in _VERSIONED:
        digest.update(_installed(name).encode())
    sources = sorted(_MODEL.rglob("*.py"))
    for source in sources:
        digest.update(source.relative_to(_MODEL).as_posix().encode() + b"\0" + source.read_bytes())
    if getattr(sys, "frozen", False) or not sources:
        digest.update(executable_stamp())
    return digest.hexdigest()


def _installed(name: str) -> str:
    """Which copy of a package is installed, found without importing it: its distribution's folder
    name (which carries its version) and its ``__init__.py``'s size and time. importlib.metadata
    would say the version alone, at a tenth of a second (it parses the package's metadata as email)."""
    from importlib.util import find_spec

    spec = find_spec(name)
    if spec is None or spec.origin is None:
        return f"{name}=missing"
    origin = Path(spec.origin)
    try:
        info = origin.stat()
        stamp = f"{info.st_size}:{info.st_mtime_ns}"
    except OSError:
        stamp = "unreadable"
    distributions = sorted(p.name for p in origin.parent.parent.glob(f"{name}-*.dist-info"))
    return f"{name}={origin}:{stamp}:{','.join(distributions)}"


def key_for(assessor: Assessor) -> str:
    scenario = content_digest(assessor.network.scenario)
    return hashlib.sha256(f"{code_stamp()}\0{scenario}\0{assessor.months}\0{assessor.seed}".encode()).hexdigest()


def adopt(assessor: Assessor, on_differs: Callable[[], None] | None = None) -> bool:
    """Give the assessor the baseline kept for its scenario, months and seed, if there is one.
    ``on_differs`` runs if a later fresh solve finds it different (the entry is removed first)."""
    where = folder()
    if where is None:
        return False
    key = key_for(assessor)
    entry = where / f"{key}.json"
    data = read_entry(where, key)
    if data is None:
        return False
    try:
        kept = _assessment(data)
    except (ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError) as exc:
        logger.info("baseline cache entry %s not used: %s", entry, exc)
        return False

    def differs() -> None:
        entry.unlink(missing_ok=True)
        if on_differs is not None:
            on_differs()

    try:
        assessor.adopt_baseline(kept, differs)
    except ValueError as exc:
        logger.info("baseline cache entry %s not used: %s", entry, exc)
        return False
    return True


def keep(assessor: Assessor) -> None:
    """Write the assessor's baseline assessment, if its own solver made it (never one it adopted)."""
    where = folder()
    if where is None or not assessor.solved_baseline:
        return
    write_entry(where, key_for(assessor), _plain(assessor.assess(Plan())))


def prepare(assessor: Assessor, on_differs: Callable[[], None] | None = None) -> None:
    """The baseline ready for a first picture: kept from an earlier run while the solver is not
    imported yet (a start), else solved now (once the solver is in, a solve costs about as much as
    reading an entry, and nothing is left to check later) and kept."""
    if "model.flow" in sys.modules or not adopt(assessor, on_differs):
        assessor.assess(Plan())
        keep(assessor)


# An entry: flows and conditions listed once each (months share them) and referred to by position;
# mappings as [key, value] pairs, a route's key as a [from, to] pair.
def _plain(assessment: Assessment) -> dict[str, Any]:
    flows: list[FlowResult] = []
    conditions: list[Conditions] = []

    def index(found: list[Any], item: Any) -> int:
        for i, known in enumerate(found):
            if known is item:
                return i
        found.append(item)
        return len(found) - 1

    timeline = assessment.timeline
    months = [
        [m.month, m.delivered, m.share_of_baseline, m.price_index, m.active_actors, m.active_groups, list(m.entered),
         index(flows, m.flow), index(conditions, m.conditions), m.cost_index]
        for m in timeline.months
    ]  # fmt: skip
    return {
        "baseline": index(flows, assessment.baseline),
        "timeline": [timeline.seed, index(flows, timeline.baseline), timeline.baseline_groups, timeline.solves],
        "months": months,
        "flows": [_plain_flow(f) for f in flows],
        "conditions": [_plain_conditions(c) for c in conditions],
    }


def _pairs(mapping: Mapping[Any, float]) -> list[list[Any]]:
    return [[list(k) if isinstance(k, tuple) else k, v] for k, v in mapping.items()]


def _plain_flow(flow: FlowResult) -> list[Any]:
    mappings = (flow.actor_flow, flow.route_flow, flow.actor_capacity, flow.enabling)
    return [flow.delivered, flow.demand, flow.total_cost, *(_pairs(m) for m in mappings)]


def _plain_conditions(c: Conditions) -> list[Any]:
    mappings = (c.capacity_factor, c.route_factor, c.route_extra_cost, c.grown)
    return [sorted(c.removed), sorted(c.entered), *(_pairs(m) for m in mappings), c.demand_factor, c.cost_index]


def _number(value: Any) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    return float(value) if isinstance(value, float) else value


def _mapping(pairs: Any) -> MappingProxyType[Any, float]:
    out: dict[Any, float] = {}
    for key, value in pairs:
        if isinstance(key, list):
            a, b = key
            if not (isinstance(a, str) and isinstance(b, str)):
                raise TypeError("a route's key that is not two actor ids")
            key = (a, b)
        elif not isinstance(key, str):
            raise TypeError("a key that is not an actor id")
        out[key] = _number(value)
    return MappingProxyType(out)


def _names(values: Any) -> frozenset[str]:
    if not all(isinstance(v, str) for v in values):
        raise TypeError("expected actor ids")
    return frozenset(values)


def _flow(data: Any) -> FlowResult:
    delivered, demand, cost, actor_flow, route_flow, capacity, enabling = data
    return FlowResult(
        delivered=_number(delivered),
        demand=_number(demand),
        total_cost=_number(cost),
        actor_flow=_mapping(actor_flow),
        route_flow=_mapping(route_flow),
        actor_capacity=_mapping(capacity),
        enabling=_mapping(enabling),
    )


def _conditions(data: Any) -> Conditions:
    removed, entered, capacity, route_factor, extra_cost, grown, demand_factor, cost_index = data
    return Conditions(
        removed=_names(removed),
        entered=_names(entered),
        capacity_factor=_mapping(capacity),
        route_factor=_mapping(route_factor),
        route_extra_cost=_mapping(extra_cost),
        grown=_mapping(grown),
        demand_factor=_number(demand_factor),
        cost_index=_number(cost_index),
    )


def _assessment(data: dict[str, Any]) -> Assessment:
    flows = [_flow(f) for f in data["flows"]]
    conditions = [_conditions(c) for c in data["conditions"]]
    states = []
    for month, delivered, share, price, actors, groups, entered, flow, condition, kappa in data["months"]:
        if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in (month, actors, groups, flow, condition)):
            raise TypeError("a month's count or reference that is not a whole number")
        if not all(isinstance(a, str) for a in entered):
            raise TypeError("expected actor ids")
        states.append(
            MonthState(
                month=month,
                delivered=_number(delivered),
                share_of_baseline=_number(share),
                price_index=_number(price),
                active_actors=actors,
                active_groups=groups,
                entered=tuple(entered),
                flow=flows[flow],
                conditions=conditions[condition],
                cost_index=_number(kappa),
            )
        )
    if not states:
        raise ValueError("an assessment without months")
    seed, timeline_base, groups, solves = data["timeline"]
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in (seed, timeline_base, groups, solves, data["baseline"])):
        raise TypeError("a timeline's count or reference that is not a whole number")
    base = flows[data["baseline"]]
    timeline = Timeline(seed=seed, baseline=flows[timeline_base], months=tuple(states), baseline_groups=groups, solves=solves)
    return Assessment(plan=Plan(), baseline=base, impact=compare(base, states[0].flow), timeline=timeline)

"""The baseline solved once per scenario, and every plan's assessment cached within a bound in bytes.

The window asks for the same few plans again and again (undo, redo, the month slider, a preset tried
twice). An ``Assessor`` answers each of them with one set of solves:

- the baseline is solved once, when first needed;
- ``immediate(plan)`` solves month 0 only (the network can be redrawn at once), and ``assess(plan)``
  continues that very solve into the months after instead of solving month 0 again;
- months whose conditions equal the month before reuse its flows (see ``model.simulation``);
- finished assessments stay in an LRU cache bounded by their estimated size in bytes (about 0.9 MB a
  plan on the bundled scenario, some 8 MB at 1,000 actors), not only by their number.

Several seeds of several plans (``assess_many``, the policy lab and ``compare``) give compact
``Ensemble``s (``model.ensemble``), cached by plan, seeds and months; a worker pool
(``model.parallel``) that computed one hands it over with ``remember``. The criticality ranking and
the smallest stopping set are kept the same way (``ranking``, ``stopping_set``).

``solves`` counts every solve this assessor made, for tests and benchmarks.
"""

from __future__ import annotations

import sys
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from model.ensemble import Ensemble, run_seeds
from model.flow import FlowResult, compare, solve
from model.interventions import Plan, conditions_for
from model.network import Conditions, SupplyNetwork
from model.simulation import DEFAULT_MONTHS, Assessment, immediate_flow, simulate

if TYPE_CHECKING:
    from model.analysis import Criticality

DEFAULT_CACHE_BYTES = 96 * 1024 * 1024
ENSEMBLES_KEPT = 64  # a few kilobytes each: the lab's plans, tried and changed back, over a lesson
EnsembleKey = tuple[Plan, tuple[int, ...], int]


def _mapping_bytes(mapping: Mapping[Any, float]) -> int:
    """A mapping's own size plus its values (its keys are the network's, shared by every result)."""
    return sys.getsizeof(dict(mapping)) + 24 * len(mapping)


def approx_bytes(assessment: Assessment) -> int:
    """The memory an assessment holds, estimated from its flows and conditions (shared objects once)."""
    seen: set[int] = set()
    total = sys.getsizeof(assessment)
    parts: list[Iterable[Mapping[Any, float]]] = []
    for state in assessment.timeline.months:
        total += sys.getsizeof(state)
        for obj in (state.flow, state.conditions):
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            if isinstance(obj, FlowResult):
                parts.append((obj.actor_flow, obj.route_flow, obj.actor_capacity, obj.enabling))
                total += obj.solver_bytes()
            elif isinstance(obj, Conditions):
                parts.append((obj.capacity_factor, obj.route_factor, obj.route_extra_cost))
    for impact in (assessment.impact, *assessment._changes.values()):
        changes = len(impact.rerouted) + len(impact.lost) + len(impact.actors_gained) + len(impact.actors_lost)
        total += sys.getsizeof(impact) + 96 * changes
    return total + sum(_mapping_bytes(m) for group in parts for m in group)


class Assessor:
    """Assessments of plans on one network, with the baseline solved once and a bounded cache."""

    def __init__(self, network: SupplyNetwork, months: int = DEFAULT_MONTHS, seed: int = 0, cache_bytes: int = DEFAULT_CACHE_BYTES) -> None:
        self.network = network
        self.months = months
        self.seed = seed
        self.cache_bytes = cache_bytes
        self.solves = 0
        self._baseline: FlowResult | None = None
        self._full: OrderedDict[Plan, tuple[Assessment, int]] = OrderedDict()
        self._immediate: OrderedDict[Plan, Assessment] = OrderedDict()
        self._bytes = 0
        self._ensembles: OrderedDict[EnsembleKey, Ensemble] = OrderedDict()
        self._rankings: dict[tuple[int, int], tuple[Criticality, ...]] = {}
        self._stopping: tuple[str, ...] | None = None

    @property
    def baseline(self) -> FlowResult:
        if self._baseline is None:
            self._baseline = solve(self.network)
            self.solves += 1
        return self._baseline

    @property
    def cached_bytes(self) -> int:
        return self._bytes

    def cached(self, plan: Plan) -> Assessment | None:
        """The full assessment of a plan if it is cached (never solves)."""
        found = self._full.get(plan)
        return None if found is None else found[0]

    def immediate(self, plan: Plan) -> Assessment:
        """Month 0 only (one solve), unless the full assessment is already known."""
        full = self.cached(plan)
        if full is not None:
            return full
        found = self._immediate.get(plan)
        if found is None:
            base = self.baseline
            if plan.is_baseline:
                flow = base
            else:
                flow = immediate_flow(self.network, conditions_for(self.network, plan), base)
                self.solves += 1
            found = self._only_month_zero(plan, base, flow)
            self._immediate[plan] = found
            while len(self._immediate) > 8:
                self._immediate.popitem(last=False)
        return found

    def assess(self, plan: Plan) -> Assessment:
        """Baseline, immediate re-routing and every month after, for one plan (cached)."""
        found = self._full.get(plan)
        if found is not None:
            self._full.move_to_end(plan)
            return found[0]
        base = self.baseline
        quick = self._immediate.pop(plan, None)
        # The baseline plan's month 0 is the baseline itself (the preferred flows are all kept).
        first = base if plan.is_baseline else (quick.immediate if quick else None)
        timeline = simulate(self.network, plan, self.months, self.seed, baseline=base, immediate=first)
        self.solves += timeline.solves
        assessment = Assessment(plan=plan, baseline=base, impact=compare(base, timeline.immediate.flow), timeline=timeline)
        self._store(plan, assessment)
        return assessment

    def _only_month_zero(self, plan: Plan, base: FlowResult, flow: FlowResult) -> Assessment:
        timeline = simulate(self.network, plan, 0, self.seed, baseline=base, immediate=flow)
        return Assessment(plan=plan, baseline=base, impact=compare(base, flow), timeline=timeline)

    def _store(self, plan: Plan, assessment: Assessment) -> None:
        size = approx_bytes(assessment)
        self._full[plan] = (assessment, size)
        self._bytes += size
        # Keep the newest even when it alone is over the bound; drop the oldest, never the baseline.
        while self._bytes > self.cache_bytes and len(self._full) > 1:
            oldest = next((p for p in self._full if not p.is_baseline and p != plan), None)
            if oldest is None:
                break
            self._bytes -= self._full.pop(oldest)[1]

    # several seeds ------------------------------------------------------------------------------
    def cached_ensemble(self, plan: Plan, seeds: Sequence[int]) -> Ensemble | None:
        """A plan's ensemble over exactly these seeds, if known (never solves)."""
        key = (plan, tuple(dict.fromkeys(seeds)), self.months)
        found = self._ensembles.get(key)
        if found is not None:
            self._ensembles.move_to_end(key)
        return found

    def remember(self, ensemble: Ensemble) -> None:
        """Keep an ensemble computed elsewhere (a worker pool); it must be of this network's months."""
        if ensemble.months != self.months:
            raise ValueError(f"expected an ensemble of {self.months} months, got {ensemble.months}")
        self._ensembles[(ensemble.plan, ensemble.seeds, ensemble.months)] = ensemble
        self._ensembles.move_to_end((ensemble.plan, ensemble.seeds, ensemble.months))
        while len(self._ensembles) > ENSEMBLES_KEPT:
            self._ensembles.popitem(last=False)

    def assess_many(
        self,
        plans: Iterable[Plan],
        seeds: Sequence[int],
        on_seed: Callable[[Plan, int], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> tuple[Ensemble, ...] | None:
        """Every plan over the same seeds, in this process (cached); None once ``should_stop()`` is true."""
        results = []
        for plan in plans:
            found = self.cached_ensemble(plan, seeds)
            if found is None:
                report = None if on_seed is None else (lambda seed, plan=plan: on_seed(plan, seed))
                found = run_seeds(self.network, plan, seeds, self.months, self.baseline, report, should_stop)
                if found is None:
                    return None
                self.solves += found.solves
                self.remember(found)
            results.append(found)
        return tuple(results)

    # analyses -----------------------------------------------------------------------------------
    def ranking(self, months: int = 12) -> tuple[Criticality, ...]:
        """Each active actor removed alone, ranked by the supply left after ``months`` (cached)."""
        key = (months, self.seed)
        if key not in self._rankings:
            from model.analysis import criticality  # networkx, only when an analysis is asked for

            self._rankings[key] = criticality(self.network, months=months, seed=self.seed)
        return self._rankings[key]

    def remember_ranking(self, months: int, ranking: Sequence[Criticality]) -> None:
        self._rankings[(months, self.seed)] = tuple(ranking)

    def cached_ranking(self, months: int = 12) -> tuple[Criticality, ...] | None:
        return self._rankings.get((months, self.seed))

    def stopping_set(self) -> tuple[str, ...]:
        """The smallest stopping set, in the network's actor order (cached)."""
        if self._stopping is None:
            from model.analysis import smallest_stopping_set

            found = smallest_stopping_set(self.network)
            self._stopping = tuple(a for a in self.network.actor_ids if a in found)
        return self._stopping

    def remember_stopping_set(self, actors: Sequence[str]) -> None:
        self._stopping = tuple(actors)

    def cached_stopping_set(self) -> tuple[str, ...] | None:
        return self._stopping

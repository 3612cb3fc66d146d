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

The solver (``model.flow``: numpy and OR-Tools, about a fifth of a second to import) is imported at
the first solve, in one place (``_solver``), not with this module: a baseline kept from an earlier
run (``adopt_baseline``, see ``model.baseline_cache``) lets the explorer draw its first picture
without it. Such a baseline answers only the baseline plan; the first solve of any other plan solves
the baseline afresh, and if that differs from the one kept (it cannot while the cache's key holds),
the fresh one replaces it everywhere and ``baseline_replaced`` says so.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from model.interventions import Plan, conditions_for
from model.network import Conditions, SupplyNetwork
from model.results import DEFAULT_MONTHS, Assessment, FlowResult, compare

if TYPE_CHECKING:
    from model.analysis import Criticality
    from model.ensemble import Ensemble

logger = logging.getLogger(__name__)
_SOLVER_LOCK = threading.Lock()

DEFAULT_CACHE_BYTES = 96 * 1024 * 1024
ENSEMBLES_KEPT = 64  # a few kilobytes each: the lab's plans, tried and changed back, over a lesson
EnsembleKey = tuple[Plan, tuple[int, ...], int]


def _solver() -> Any:
    """The solver and the months' mechanics, imported here and nowhere else in this module (once, under
    a lock: a warm-up thread may be importing them while the GUI thread asks for a solve)."""
    with _SOLVER_LOCK:
        from model.ensemble import run_seeds
        from model.flow import solve
        from model.simulation import immediate_flow, simulate

    return SimpleNamespace(run_seeds=run_seeds, solve=solve, immediate_flow=immediate_flow, simulate=simulate)


def load_solver() -> None:
    """Import the solver now (a warm-up while the learner reads the first picture)."""
    _solver()


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
        self._kept: Assessment | None = None  # the baseline plan's assessment from a cache, not yet checked
        self._on_differs: Callable[[], None] | None = None
        self.baseline_replaced = False  # a kept baseline differed from a fresh solve and was replaced

    @property
    def baseline(self) -> FlowResult:
        """The baseline solved by this process's solver (solved at the first call)."""
        if self._baseline is None:
            self._baseline = _solver().solve(self.network)
            self.solves += 1
            self._check_kept()
        return self._baseline

    @property
    def shown_baseline(self) -> FlowResult:
        """The baseline to draw: a kept one while no solve has checked it (needs no solver), else the solved one."""
        return self._kept.baseline if self._kept is not None else self.baseline

    @property
    def solved_baseline(self) -> bool:
        """Whether the solver has run for the baseline (False while a kept baseline answers)."""
        return self._baseline is not None

    def adopt_baseline(self, kept: Assessment, on_differs: Callable[[], None] | None = None) -> None:
        """Answer the baseline plan with an assessment kept from an earlier run of the same scenario,
        months, seed and model code (``model.baseline_cache``), until the first solve checks it;
        ``on_differs`` runs should that solve find it different."""
        if not kept.plan.is_baseline or kept.months != self.months or kept.timeline.seed != self.seed:
            raise ValueError("expected the baseline plan's assessment over this assessor's months and seed")
        if self._baseline is None and Plan() not in self._full:
            self._kept = kept
            self._on_differs = on_differs
            self._store(kept.plan, kept)

    def _check_kept(self) -> None:
        kept, self._kept = self._kept, None
        if kept is None:
            return
        fresh = self._fresh_baseline_assessment()
        if fresh != kept:
            logger.warning("the kept baseline differs from a fresh solve; the fresh one replaces it")
            self.baseline_replaced = True
            if self._on_differs is not None:
                self._on_differs()
        # Either way the solver's own objects serve from now on (they carry its arrays for later solves).
        found = self._full.pop(kept.plan, None)
        if found is not None:
            self._bytes -= found[1]
        self._store(fresh.plan, fresh)

    def _fresh_baseline_assessment(self) -> Assessment:
        base = self.baseline
        timeline = _solver().simulate(self.network, Plan(), self.months, self.seed, baseline=base, immediate=base)
        self.solves += timeline.solves
        return Assessment(plan=Plan(), baseline=base, impact=compare(base, timeline.immediate.flow), timeline=timeline)

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
                flow = _solver().immediate_flow(self.network, conditions_for(self.network, plan), base)
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
        timeline = _solver().simulate(self.network, plan, self.months, self.seed, baseline=base, immediate=first)
        self.solves += timeline.solves
        assessment = Assessment(plan=plan, baseline=base, impact=compare(base, timeline.immediate.flow), timeline=timeline)
        self._store(plan, assessment)
        return assessment

    def _only_month_zero(self, plan: Plan, base: FlowResult, flow: FlowResult) -> Assessment:
        timeline = _solver().simulate(self.network, plan, 0, self.seed, baseline=base, immediate=flow)
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
                found = _solver().run_seeds(self.network, plan, seeds, self.months, self.baseline, report, should_stop)
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

"""One plan over many seeds: the compact outcome of every run, and percentile bands over the seeds.

A seed changes only the entrants' lags (``model.simulation.entry_lags``), and a run reads the lag of
an entrant only once that entrant has started preparing. So two seeds whose lags agree on every lag a
run read give exactly that run: ``run_seeds`` records the lags each run read and gives every later
seed that agrees with them the same run, without simulating it again. Month 0 does not depend on the
seed at all and is solved once per plan.

An ``Ensemble`` keeps, for every distinct run, only what the comparison shows (share of baseline
supply, price index, groups and actors present, who entered when), not its flows: it is small, and it
crosses process boundaries cheaply (``model.parallel``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np

from model.flow import FlowResult, solve
from model.interventions import Plan, conditions_for
from model.network import SupplyNetwork
from model.simulation import DEFAULT_MONTHS, Timeline, entry_lags, immediate_flow, simulate

PERCENTILES = (10, 50, 90)


@dataclass(frozen=True)
class SeedRun:
    """One distinct run of a plan, and the seeds that give it."""

    seeds: tuple[int, ...]
    share: tuple[float, ...]  # share of baseline supply reaching the destination, month by month (month 0 first)
    price: tuple[float, ...]
    delivered: tuple[float, ...]
    groups: tuple[int, ...]  # groups present, month by month
    actors: tuple[int, ...]  # actors present, month by month
    entered: tuple[tuple[int, str], ...]  # (month, entrant) in the order they came in
    solves: int

    @staticmethod
    def from_timeline(timeline: Timeline, seeds: Sequence[int]) -> SeedRun:
        months = timeline.months
        return SeedRun(
            seeds=tuple(seeds),
            share=tuple(m.share_of_baseline for m in months),
            price=tuple(m.price_index for m in months),
            delivered=tuple(m.delivered for m in months),
            groups=tuple(m.active_groups for m in months),
            actors=tuple(m.active_actors for m in months),
            entered=timeline.entrants(),
            solves=timeline.solves,
        )

    def with_seeds(self, seeds: Sequence[int]) -> SeedRun:
        return replace(self, seeds=self.seeds + tuple(seeds))


@dataclass(frozen=True)
class Bands:
    """Percentiles over the seeds, month by month (index = month)."""

    low: tuple[float, ...]  # 10th percentile
    median: tuple[float, ...]
    high: tuple[float, ...]  # 90th percentile

    @staticmethod
    def of(values: np.ndarray) -> Bands:
        low, median, high = np.percentile(values, PERCENTILES, axis=0)
        return Bands(tuple(low.tolist()), tuple(median.tolist()), tuple(high.tolist()))


@dataclass(frozen=True)
class Ensemble:
    """A plan's runs over a set of seeds: every seed's outcome, shared where seeds give the same run."""

    plan: Plan
    seeds: tuple[int, ...]
    months: int
    runs: tuple[SeedRun, ...]
    baseline_delivered: float
    baseline_groups: int
    removed: tuple[str, ...]  # actors the plan removes, in the network's order
    demand_factor: float = 1.0
    month_zero_solves: int = 1  # month 0 is solved once per call of ``run_seeds``, shared by its runs
    _order: dict[int, int] = field(default_factory=dict, compare=False, repr=False)

    @property
    def distinct_runs(self) -> int:
        return len(self.runs)

    @property
    def solves(self) -> int:
        """How many solves the ensemble took (the baseline, solved once per network, not counted)."""
        return self.month_zero_solves + sum(r.solves for r in self.runs)

    def run_of(self, seed: int) -> SeedRun:
        if not self._order:
            self._order.update({s: i for i, run in enumerate(self.runs) for s in run.seeds})
        return self.runs[self._order[seed]]

    def per_seed(self, values: Callable[[SeedRun], Sequence[float]]) -> np.ndarray:
        """One row per seed (in ``seeds`` order), one column per month."""
        return np.array([values(self.run_of(s)) for s in self.seeds], dtype=np.float64)

    @cached_property
    def share(self) -> Bands:
        return Bands.of(self.per_seed(lambda r: r.share))

    @cached_property
    def price(self) -> Bands:
        return Bands.of(self.per_seed(lambda r: r.price))

    @cached_property
    def groups(self) -> Bands:
        return Bands.of(self.per_seed(lambda r: r.groups))

    def entrants_by(self, month: int) -> float:
        """The median number of entrants that came in by this month."""
        counts = [sum(1 for m, _ in self.run_of(s).entered if m <= month) for s in self.seeds]
        return float(np.median(counts))

    @staticmethod
    def merge(parts: Sequence[Ensemble]) -> Ensemble:
        """One ensemble from parts run on disjoint seeds of the same plan (in the parts' seed order);
        runs of different parts that came out the same become one run with all their seeds."""
        first = parts[0]
        runs: dict[tuple[object, ...], SeedRun] = {}
        for run in (r for p in parts for r in p.runs):
            key = (run.share, run.price, run.delivered, run.groups, run.actors, run.entered)
            same = runs.get(key)
            runs[key] = run if same is None else replace(same, seeds=same.seeds + run.seeds, solves=same.solves + run.solves)
        return Ensemble(
            plan=first.plan,
            seeds=tuple(s for p in parts for s in p.seeds),
            months=first.months,
            runs=tuple(runs.values()),
            baseline_delivered=first.baseline_delivered,
            baseline_groups=first.baseline_groups,
            removed=first.removed,
            demand_factor=first.demand_factor,
            month_zero_solves=sum(p.month_zero_solves for p in parts),
        )


class _ReadLags(Mapping[str, int]):
    """An entry schedule that records which lags were read."""

    def __init__(self, lags: Mapping[str, int]) -> None:
        self._lags = lags
        self.read: dict[str, int] = {}

    def __getitem__(self, actor_id: str) -> int:
        value = self._lags[actor_id]
        self.read[actor_id] = value
        return value

    def __iter__(self) -> Iterator[str]:
        self.read.update(self._lags)  # whoever walks the whole schedule has read all of it
        return iter(self._lags)

    def __len__(self) -> int:
        return len(self._lags)


def run_seeds(
    network: SupplyNetwork,
    plan: Plan,
    seeds: Iterable[int],
    months: int = DEFAULT_MONTHS,
    baseline: FlowResult | None = None,
    on_seed: Callable[[int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Ensemble | None:
    """Every seed's run of the plan, sharing runs between seeds that give the same one.

    ``on_seed(seed)`` is called as each seed is done; when ``should_stop()`` turns true the function
    returns None at the next seed. The result equals ``simulate`` seed by seed (tests check it)."""
    base = baseline or solve(network)
    start = conditions_for(network, plan)
    groups = 0
    immediate = immediate_flow(network, start, base)  # month 0 is the same for every seed
    known: list[tuple[dict[str, int], SeedRun]] = []
    order: list[int] = []
    seen: set[int] = set()
    for seed in seeds:
        if should_stop is not None and should_stop():
            return None
        if seed in seen:
            continue
        seen.add(seed)
        order.append(seed)
        lags = entry_lags(network, seed)
        for i, (read, run) in enumerate(known):
            if all(lags[a] == lag for a, lag in read.items()):
                known[i] = (read, run.with_seeds((seed,)))
                break
        else:
            schedule = _ReadLags(lags)
            timeline = simulate(network, start, months, seed, baseline=base, immediate=immediate, lags=schedule)
            known.append((schedule.read, SeedRun.from_timeline(timeline, (seed,))))
            groups = timeline.baseline_groups
        if on_seed is not None:
            on_seed(seed)
    if not known:
        raise ValueError("expected at least one seed")
    return Ensemble(
        plan=plan,
        seeds=tuple(order),
        months=months,
        runs=tuple(run for _, run in known),
        baseline_delivered=base.delivered,
        baseline_groups=groups,
        removed=tuple(a for a in network.actor_ids if a in start.removed),
        demand_factor=start.demand_factor,
    )

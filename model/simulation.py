"""Months after an intervention: price, expansion of survivors, new entrants.

Month 0 is the immediate re-routing (a fresh least-cost solve with the intervention applied).
Each following month:

1. The price index comes from the shortage of the month before: with constant-elasticity demand
   ``Q = D * p ** -e``, a supply ``S < D`` clears at ``p = (S / D) ** (-1 / e)`` (capped); with enough
   supply the price stays at the reference level 1.
2. While the price is above 1 (margins are up), every surviving actor closes ``ramp_rate`` of the
   gap between its capacity factor and its maximum expansion; a route grows with the larger factor
   of its two ends.
3. A latent entrant starts preparing the month the price first rises above 1 and reaches its
   entry price, and
   enters after its lag (``entry_lag_months`` plus or minus up to ``entry_lag_spread``, drawn from
   a seeded generator, at least one month); once in, it stays.
4. The network is solved again at least cost, unless the month's conditions equal the month
   before's: then nothing can have changed, and the month reuses that month's flows.

The same network, plan and seed always give the same timeline.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from model.flow import EPSILON, FlowResult, Impact, compare, solve
from model.interventions import Plan, conditions_for
from model.network import Conditions, RouteKey, SupplyNetwork

DEFAULT_MONTHS = 24


@dataclass(frozen=True)
class MonthState:
    """The trade in one month after the intervention (month 0: immediately after)."""

    month: int
    delivered: float
    share_of_baseline: float
    price_index: float
    active_actors: int
    active_groups: int
    entered: tuple[str, ...]  # latent actors that entered this month
    flow: FlowResult
    conditions: Conditions


@dataclass(frozen=True)
class Timeline:
    seed: int
    baseline: FlowResult
    months: tuple[MonthState, ...]
    baseline_groups: int = 0  # groups present before the intervention
    solves: int = field(default=0, compare=False)  # how many months needed a solve of their own

    @property
    def immediate(self) -> MonthState:
        return self.months[0]

    def at(self, month: int) -> MonthState:
        return self.months[min(month, len(self.months) - 1)]

    @property
    def peak_price(self) -> float:
        return max(m.price_index for m in self.months)

    def entrants(self) -> tuple[tuple[int, str], ...]:
        return tuple((m.month, a) for m in self.months for a in m.entered)


@dataclass(frozen=True)
class Band:
    month: int
    share_p10: float
    share_p50: float
    share_p90: float
    price_p50: float


@dataclass(frozen=True)
class Assessment:
    """Everything the learner sees for one plan: baseline, immediate impact, months after."""

    plan: Plan
    baseline: FlowResult
    impact: Impact
    timeline: Timeline
    _changes: dict[int, Impact] = field(default_factory=dict, compare=False, repr=False)

    @property
    def immediate(self) -> FlowResult:
        return self.impact.after

    @property
    def months(self) -> int:
        """The last month the timeline covers (0: only the immediate re-routing)."""
        return len(self.timeline.months) - 1

    def changes_at(self, month: int) -> Impact:
        """What differs from the baseline in this month (month 0: the immediate impact); computed once."""
        month = min(max(month, 0), self.months)
        if month == 0:
            return self.impact
        found = self._changes.get(month)
        if found is None:
            found = self._changes[month] = compare(self.baseline, self.timeline.at(month).flow)
        return found


def price_index(delivered: float, demand: float, elasticity: float, cap: float) -> float:
    if demand <= EPSILON or delivered >= demand - EPSILON:
        return 1.0
    if delivered <= EPSILON:
        return cap
    # (S / D) ** (-1 / e) overflows a float for a small elasticity (0.0005 and half the supply: 2 ** 2000);
    # compared in logarithms, the index saturates at its cap instead.
    log_index = -math.log(delivered / demand) / elasticity
    if log_index >= math.log(cap):
        return cap
    return float((delivered / demand) ** (-1.0 / elasticity))


def _active_count(network: SupplyNetwork, conditions: Conditions) -> tuple[int, int]:
    actors = sum(1 for a in network.actor_ids if network.is_active(a, conditions))
    return actors, len(network.groups(conditions))


def entry_lags(network: SupplyNetwork, seed: int) -> dict[str, int]:
    """Each latent entrant's lag in months for this seed: the only thing a seed changes in a run."""
    rng = random.Random(seed)
    spread = network.scenario.market.entry_lag_spread
    return {a: max(1, network.actors[a].entry_lag_months + rng.randint(-spread, spread)) for a in network.latent_actors}


def simulate(
    network: SupplyNetwork,
    plan: Plan | Conditions,
    months: int = DEFAULT_MONTHS,
    seed: int = 0,
    baseline: FlowResult | None = None,
    immediate: FlowResult | None = None,
    lags: Mapping[str, int] | None = None,
) -> Timeline:
    """Step month by month after the plan's interventions; see the module docstring.

    ``immediate``: month 0's flows when already solved (with the baseline preferred), so that a
    timeline can continue from an immediate assessment without solving month 0 again.
    ``lags``: the entry schedule when already drawn (``entry_lags(network, seed)``); a lag is read
    only for an entrant that has started preparing, which lets ``model.ensemble`` share one run
    between seeds that differ only in lags the run never read."""
    start = plan if isinstance(plan, Conditions) else conditions_for(network, plan)
    market = network.scenario.market
    base = baseline or solve(network)
    lags = entry_lags(network, seed) if lags is None else lags
    factors: dict[str, float] = dict(start.capacity_factor)
    entered: set[str] = set(start.entered)
    triggered: dict[str, int] = {}
    route_factor: dict[RouteKey, float] = {}
    conditions = start
    solves = 0
    # Each solve prefers the flows of the month before, so flow moves only where it has to.
    if immediate is None:
        immediate = solve(network, conditions, prefer=base)
        solves += 1
    result = immediate
    demand = network.demand_for(conditions)
    price = price_index(result.delivered, demand, market.elasticity, market.max_price_index)
    states = [_state(network, 0, result, base, price, (), conditions)]
    for month in range(1, months + 1):
        for actor_id in network.latent_actors:
            if actor_id in entered or actor_id in start.removed or actor_id in triggered:
                continue
            # Entry needs a real shortage: a price above the reference level and at the entrant's threshold.
            if price > 1.0 + 1e-9 and price >= network.actors[actor_id].entry_price - 1e-9:
                triggered[actor_id] = month - 1
        new = tuple(a for a in network.latent_actors if a not in entered and a in triggered and month - triggered[a] >= lags[a])
        entered.update(new)
        if price > 1.0 + 1e-9:
            for actor_id in network.actor_ids:
                if actor_id in start.removed:
                    continue
                actor = network.actors[actor_id]
                if actor.latent and actor_id not in entered:
                    continue
                intervention = start.capacity_factor.get(actor_id, 1.0)
                ceiling = intervention * (actor.max_expansion or market.max_expansion)
                current = factors.get(actor_id, intervention)
                factors[actor_id] = current + market.ramp_rate * (ceiling - current)
            # Routes grow with their ends, so only when the factors did: otherwise last month's stand.
            route_factor = {}
            for key in network.route_keys:
                grow = max(_growth(factors, start.capacity_factor, key[0]), _growth(factors, start.capacity_factor, key[1]))
                if grow > 1.0 + 1e-12:
                    route_factor[key] = grow
        before = conditions
        conditions = start.replace(entered=frozenset(entered), capacity_factor=dict(factors), route_factor=route_factor)
        if conditions != before:  # equal conditions give exactly the same flows: nothing to solve
            result = solve(network, conditions, prefer=result)
            solves += 1
        price = price_index(result.delivered, demand, market.elasticity, market.max_price_index)
        states.append(_state(network, month, result, base, price, new, conditions))
    return Timeline(seed=seed, baseline=base, months=tuple(states), baseline_groups=_active_count(network, Conditions())[1], solves=solves)


def _growth(factors: Mapping[str, float], initial: Mapping[str, float], actor_id: str) -> float:
    start = initial.get(actor_id, 1.0)
    if start <= 0:
        return 1.0
    return factors.get(actor_id, start) / start


def _state(
    network: SupplyNetwork, month: int, result: FlowResult, base: FlowResult, price: float, new: Sequence[str], conditions: Conditions
) -> MonthState:
    actors, groups = _active_count(network, conditions)
    return MonthState(
        month=month,
        delivered=result.delivered,
        share_of_baseline=result.share_of(base),
        price_index=price,
        active_actors=actors,
        active_groups=groups,
        entered=tuple(new),
        flow=result,
        conditions=conditions,
    )


def simulate_bands(
    network: SupplyNetwork, plan: Plan | Conditions, months: int = DEFAULT_MONTHS, seeds: int = 20, first_seed: int = 0
) -> tuple[Band, ...]:
    """Percentile bands (10/50/90) of the share of baseline over several seeds."""
    base = solve(network)
    runs = [simulate(network, plan, months, first_seed + k, baseline=base) for k in range(max(1, seeds))]
    shares = np.array([[m.share_of_baseline for m in run.months] for run in runs])
    prices = np.array([[m.price_index for m in run.months] for run in runs])
    p10, p50, p90 = np.percentile(shares, [10, 50, 90], axis=0)
    price50 = np.percentile(prices, 50, axis=0)
    return tuple(
        Band(month=i, share_p10=float(p10[i]), share_p50=float(p50[i]), share_p90=float(p90[i]), price_p50=float(price50[i]))
        for i in range(shares.shape[1])
    )


def assess(network: SupplyNetwork, plan: Plan, months: int = DEFAULT_MONTHS, seed: int = 0) -> Assessment:
    """Baseline, immediate re-routing and the months after, for one plan."""
    base = solve(network)
    timeline = simulate(network, plan, months, seed, baseline=base)
    return Assessment(plan=plan, baseline=base, impact=compare(base, timeline.immediate.flow), timeline=timeline)

"""Months after an intervention: prices from costs and scarcity, the gap filled by survivors and entrants.

Month 0 is the immediate re-routing (a fresh least-cost solve with the intervention applied).
Each following month:

1. **Prices and what is bought** ("risks and prices"): the trade's costs set a price floor. The
   cost index is the average unit cost of the supply that reached the destination, relative to the
   baseline: when cheap actors are replaced by dearer ones (margin plus risk), the price rises and
   stays up. Buyers respond to last month's cost index through the scenario's elasticity: with
   constant-elasticity demand ``Q = D * p ** -e`` they buy ``D * cost_index ** -e``. When supply
   ``S`` falls short even of that, the price clears the market at ``p = (S / D) ** (-1 / e)``, above
   the cost index (scarcity); the price index is the larger of the two, capped. In a month short of
   supply buyers see a dearer cost index but not a cheaper one: scarcity sets the price then.
2. **Expansion where the gap is**: while supply is short, the actors, routes and enabling inputs
   whose capacity holds supply back (the minimum cut, ``model.flow.bottleneck``) close
   ``ramp_rate`` of the gap between their capacity factor and their maximum expansion; a route also
   grows with the larger growth of its two ends. Actors elsewhere have spare capacity and earn no
   scarcity margin, so they do not grow. What an actor adds costs its expansion cost
   (``SupplyNetwork.expansion_cost``: the dearest established actor of its kind), so a trade rebuilt
   around a removal is not cheaper than before.
3. **Entry where the gap is**: a latent entrant starts preparing in the first month of a shortage
   in which it would open a new way across the cut (or is an enabling input the cut waits for) and
   the price reaches its entry price. It enters after its lag (``entry_lag_months`` plus or minus up
   to ``entry_lag_spread``, drawn from a seeded generator, at least one month) if it is still wanted
   there then, and otherwise waits until it is; once in, it stays.
4. **Splinter groups** (``splinter_of``) form after their lag when a group they split from has been
   hit: removed, or left able to carry less than ``splinter_threshold`` of its baseline flow (its
   capacity cut, or its proceeds no longer laundered), whatever the price. The kingpin research
   finds fragmentation after leaders and organisations are hit, not after market swings.
5. The network is solved again at least cost, unless the month's conditions equal the month
   before's: then nothing can have changed, and the month reuses that month's flows.

A group counts as active in a month only when it carries flow. The same network, plan and seed
always give the same timeline.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence

import numpy as np

from model.flow import EPSILON, Bottleneck, FlowResult, bottleneck, compare, solve
from model.interventions import Plan, conditions_for
from model.network import Conditions, RouteKey, SupplyNetwork
from model.results import CARRIES as CARRIES
from model.results import DEFAULT_MONTHS as DEFAULT_MONTHS
from model.results import Assessment as Assessment
from model.results import Band as Band
from model.results import GapFillers as GapFillers
from model.results import MonthState as MonthState
from model.results import Timeline as Timeline

COST_INDEX_DIGITS = 4  # buyers' cost index is rounded so that months settle and can be reused
# Buyers react to a change in the cost index larger than this; smaller ones would only make the
# quantity bought and the costs chase each other by a hair for ever, and months could not be reused.
NOTICED_PRICE_CHANGE = 0.002


def price_index(delivered: float, demand: float, elasticity: float, cap: float, cost_index: float = 1.0) -> float:
    """The street price relative to the baseline: the larger of what supply costs (``cost_index``) and
    what a short supply fetches on the demand curve, ``(delivered / demand) ** (-1 / elasticity)``; capped."""
    if delivered <= EPSILON:
        return cap if demand > EPSILON else float(min(cap, cost_index))
    if demand <= EPSILON:
        return float(min(cap, cost_index))
    if abs(delivered - demand) <= EPSILON:
        return float(min(cap, max(cost_index, 1.0)))
    # (S / D) ** (-1 / e) overflows a float for a small elasticity (0.0005 and half the supply: 2 ** 2000);
    # compared in logarithms, the index saturates at its cap instead.
    log_index = -math.log(delivered / demand) / elasticity
    if log_index >= math.log(cap):
        return cap
    return float(min(cap, max(cost_index, (delivered / demand) ** (-1.0 / elasticity))))


def cost_index(result: FlowResult, baseline: FlowResult) -> float:
    """The average unit cost of what is delivered, relative to the baseline (1 when either delivers nothing)."""
    now, then = result.cost_per_unit, baseline.cost_per_unit
    return now / then if now > 0 and then > 0 else 1.0


def _carrying_groups(network: SupplyNetwork, result: FlowResult) -> int:
    return sum(1 for a in network.group_actors if result.actor_flow.get(a, 0.0) > CARRIES)


def entry_lags(network: SupplyNetwork, seed: int) -> dict[str, int]:
    """Each latent entrant's lag in months for this seed: the only thing a seed changes in a run."""
    rng = random.Random(seed)
    spread = network.scenario.market.entry_lag_spread
    return {a: max(1, network.actors[a].entry_lag_months + rng.randint(-spread, spread)) for a in network.latent_actors}


def immediate_flow(network: SupplyNetwork, conditions: Conditions, base: FlowResult) -> FlowResult:
    """Month 0: the re-routing right after the interventions, the baseline's flows preferred and the
    enabling inputs settled on the flow they enable. Every path that assesses a plan (``simulate``,
    the assessor, ``model.ensemble``) solves month 0 here, so that they cannot drift apart."""
    return solve(network, conditions, prefer=base, settle=True)


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
    own_route_growth: dict[RouteKey, float] = {}
    entered: set[str] = set(start.entered)
    triggered: dict[str, int] = {}
    route_factor: dict[RouteKey, float] = {}
    conditions = start
    reference = network.reference_demand(start)
    solves = 0
    # Each solve prefers the flows of the month before, so flow moves only where it has to.
    if immediate is None:
        immediate = immediate_flow(network, conditions, base)
        solves += 1
    result = immediate
    kappa = cost_index(result, base)
    price = price_index(result.delivered, reference, market.elasticity, market.max_price_index, kappa)
    states = [_state(network, 0, result, base, price, kappa, (), conditions)]
    for month in range(1, months + 1):
        gap = bottleneck(network, result, conditions)
        _trigger(network, month, gap, price, start, result, base, entered, triggered)
        new = _ready(network, month, gap, entered, triggered, lags)
        entered.update(new)
        if gap is not None:
            _grow(network, gap, start, factors, own_route_growth)
            # Routes grow with their ends, so only when something grew: otherwise last month's stand.
            route_factor = _route_growth(network, factors, start.capacity_factor, own_route_growth)
        before = conditions
        conditions = start.replace(
            entered=frozenset(entered),
            capacity_factor=dict(factors),
            route_factor=route_factor,
            cost_index=_buyers_see(conditions.cost_index, kappa, result.short),
            grown=_grown(start, factors),
        )
        if conditions != before:  # equal conditions give exactly the same flows: nothing to solve
            result = solve(network, conditions, prefer=result)
            solves += 1
        kappa = cost_index(result, base)
        price = price_index(result.delivered, reference, market.elasticity, market.max_price_index, kappa)
        states.append(_state(network, month, result, base, price, kappa, new, conditions))
    return Timeline(seed=seed, baseline=base, months=tuple(states), baseline_groups=_carrying_groups(network, base), solves=solves)


def _ready(
    network: SupplyNetwork, month: int, gap: Bottleneck | None, entered: set[str], triggered: Mapping[str, int], lags: Mapping[str, int]
) -> tuple[str, ...]:
    """The latent actors that enter this month: ready after their lag, and still wanted where they
    would work (a splinter group always is); an entrant no longer wanted waits."""
    wanted = gap.entrants if gap is not None else frozenset()
    return tuple(
        a
        for a in network.latent_actors
        if a not in entered and a in triggered and month - triggered[a] >= lags[a] and (a in wanted or a in network.splinter_parents)
    )


def _buyers_see(seen: float, kappa: float, short: bool) -> float:
    """The cost index buyers respond to next month, given the one they saw and last month's.

    In a shortage the price is set by scarcity: buyers see no cheaper supply, however little the
    short supply cost (the dearest units may be the ones missing); they see a dearer one."""
    noticed = kappa - seen > NOTICED_PRICE_CHANGE if short else abs(kappa - seen) > NOTICED_PRICE_CHANGE
    return round(kappa, COST_INDEX_DIGITS) if noticed else seen


def _grown(start: Conditions, factors: Mapping[str, float]) -> dict[str, float]:
    """The share of each grown actor's capacity added since the intervention (it costs more: see
    ``SupplyNetwork.expansion_cost``)."""
    grown = {}
    for actor_id, factor in factors.items():
        before = start.capacity_factor.get(actor_id, 1.0)
        if factor > before * (1 + 1e-12):
            grown[actor_id] = 1.0 - before / factor
    return grown


def _trigger(
    network: SupplyNetwork,
    month: int,
    gap: Bottleneck | None,
    price: float,
    start: Conditions,
    result: FlowResult,
    base: FlowResult,
    entered: set[str],
    triggered: dict[str, int],
) -> None:
    """Start the lag of splinter groups whose group was hit, and of entrants wanted where the gap is."""
    for actor_id, parents in network.splinter_parents.items():
        waiting = actor_id not in entered and actor_id not in start.removed and actor_id not in triggered
        if waiting and any(_hit(network, p, start, result, base) for p in parents):
            triggered[actor_id] = month - 1
    if gap is None:
        return
    for actor_id in gap.entrants:
        if actor_id in triggered or actor_id in network.splinter_parents:
            continue
        # Entry needs a shortage where the entrant would work, at a price that pays its way in.
        if price >= network.actors[actor_id].entry_price - 1e-9:
            triggered[actor_id] = month - 1


def _grow(
    network: SupplyNetwork, gap: Bottleneck, start: Conditions, factors: dict[str, float], own_route_growth: dict[RouteKey, float]
) -> None:
    """What holds supply back grows: actors and inputs on the cut (an actor short of an input waits for
    its inputs), and routes on the cut."""
    market = network.scenario.market
    for actor_id in sorted((gap.actors - gap.input_limited) | gap.inputs):
        actor = network.actors[actor_id]
        intervention = start.capacity_factor.get(actor_id, 1.0)
        ceiling = intervention * (actor.max_expansion or market.max_expansion)
        current = factors.get(actor_id, intervention)
        factors[actor_id] = current + market.ramp_rate * (ceiling - current)
    for key in gap.routes:
        current = own_route_growth.get(key, 1.0)
        own_route_growth[key] = current + market.ramp_rate * (market.max_expansion - current)


def _hit(network: SupplyNetwork, group: str, start: Conditions, result: FlowResult, base: FlowResult) -> bool:
    """Removed, or left able to carry less than the splinter threshold of its baseline flow.

    What a group can carry, not what it carries: in a shortage least-cost flow gives all the
    remaining business to the cheapest groups, so a group can carry nothing for a while without
    having been hit at all. The kingpin research is about hits on organisations."""
    if group in start.removed:
        return True
    carried = base.actor_flow.get(group, 0.0)
    return carried > CARRIES and result.actor_capacity.get(group, 0.0) < network.scenario.market.splinter_threshold * carried


def _growth(factors: Mapping[str, float], initial: Mapping[str, float], actor_id: str) -> float:
    start = initial.get(actor_id, 1.0)
    if start <= 0:
        return 1.0
    return factors.get(actor_id, start) / start


def _route_growth(
    network: SupplyNetwork, factors: Mapping[str, float], initial: Mapping[str, float], own: Mapping[RouteKey, float]
) -> dict[RouteKey, float]:
    """Each route grows with the larger growth of its two ends, or its own if it held supply back."""
    grown = {a: g for a in factors if (g := _growth(factors, initial, a)) > 1.0 + 1e-12}
    route_factor: dict[RouteKey, float] = {}
    if grown:
        for actor_id, growth in grown.items():
            for key in network.routes_at(actor_id):
                if growth > route_factor.get(key, 1.0):
                    route_factor[key] = growth
    for key, growth in own.items():
        if growth > route_factor.get(key, 1.0) + 1e-12:
            route_factor[key] = growth
    return route_factor


def _state(
    network: SupplyNetwork,
    month: int,
    result: FlowResult,
    base: FlowResult,
    price: float,
    kappa: float,
    new: Sequence[str],
    conditions: Conditions,
) -> MonthState:
    return MonthState(
        month=month,
        delivered=result.delivered,
        share_of_baseline=result.share_of(base),
        price_index=price,
        active_actors=network.present_count(conditions),
        active_groups=_carrying_groups(network, result),
        entered=tuple(new),
        flow=result,
        conditions=conditions,
        cost_index=kappa,
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

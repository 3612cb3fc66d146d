"""What a solve and a simulation give back: flows, changes, months and assessments (no solver, no numpy).

These frozen records are all the window needs to draw a picture and word it, so they live apart from
the solver (``model.flow``, OR-Tools and numpy) and the months' mechanics (``model.simulation``):
the explorer's first picture comes from a cached baseline (``model.baseline_cache``) without
importing either. ``model.flow`` and ``model.simulation`` re-export every name here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from model.interventions import Plan
from model.network import Conditions, RouteKey

if TYPE_CHECKING:
    import numpy as np

    from model.flow import _Enabled

CAPACITY_SCALE = 1000  # the solver's units: a thousandth of a unit (see ``model.flow``)
EPSILON = 1e-6
# Supply is short of demand when it falls more than a solver unit and a half below it: the demand
# arc's capacity is rounded to a thousandth, so a saturated arc can sit half a unit from the float.
SHORTAGE_TOLERANCE = 1.5 / CAPACITY_SCALE
CARRIES = 0.5 / CAPACITY_SCALE  # an actor carrying more than half a solver unit carries flow
DEFAULT_MONTHS = 24  # how far a simulation runs unless told (``model.simulation``)


@dataclass(frozen=True)
class FlowResult:
    """One solution: how much reaches the destination, at what cost, and through whom."""

    delivered: float
    demand: float
    total_cost: float
    actor_flow: Mapping[str, float]  # an enabling input's flow is the supply it enables
    route_flow: Mapping[RouteKey, float]
    actor_capacity: Mapping[str, float]  # usable capacity: an enabling input's shortage lowers it
    enabling: Mapping[RouteKey, float] = field(default_factory=lambda: MappingProxyType({}))  # (input, actor): supply enabled
    # For ``bottleneck``: the main arcs' capacities and flows in solver units, and the needs left short.
    _arcs: tuple[np.ndarray, np.ndarray] | None = field(default=None, compare=False, repr=False)
    _short_needs: tuple[int, ...] = field(default=(), compare=False, repr=False)
    _enabled: _Enabled | None = field(default=None, compare=False, repr=False)
    # The flows and usable capacities as arrays in the network's order, so a re-solve that prefers
    # this result need not rebuild them from the mappings.
    _vectors: tuple[np.ndarray, np.ndarray, np.ndarray] | None = field(default=None, compare=False, repr=False)

    @property
    def cost_per_unit(self) -> float:
        """The average cost of a unit delivered (0 when nothing is delivered)."""
        return self.total_cost / self.delivered if self.delivered > EPSILON else 0.0

    def solver_bytes(self) -> int:
        """The memory of the solver's arrays kept for ``bottleneck`` (a solution short of demand needs them)."""
        arrays = [*(self._arcs or ()), *(self._vectors or ())]
        if self._enabled is not None:
            enabled = self._enabled
            arrays += [enabled.nominal, enabled.usable, enabled.unaided, enabled.link_alloc, enabled.need_alloc]
        return sum(a.nbytes for a in arrays)

    @property
    def short(self) -> bool:
        """Less reaches the destination than is bought at this price: supply, not demand, limits it."""
        return self.delivered < self.demand - SHORTAGE_TOLERANCE

    def share_of(self, other: FlowResult) -> float:
        """Delivered as a share of another result's delivered supply.

        1.0 when both are zero; infinite (no meaningful share) when only the other is zero."""
        if other.delivered <= EPSILON:
            return 1.0 if self.delivered <= EPSILON else float("inf")
        return self.delivered / other.delivered


@dataclass(frozen=True)
class RouteChange:
    from_: str
    to: str
    before: float
    after: float

    @property
    def delta(self) -> float:
        return self.after - self.before


@dataclass(frozen=True)
class ActorChange:
    actor: str
    before: float
    after: float

    @property
    def delta(self) -> float:
        return self.after - self.before


@dataclass(frozen=True)
class Impact:
    """What an intervention changed, immediately: the learner's "where did the flow go"."""

    before: FlowResult
    after: FlowResult
    rerouted: tuple[RouteChange, ...]  # routes that gained flow, largest gain first
    lost: tuple[RouteChange, ...]  # routes that lost flow, largest loss first
    actors_gained: tuple[ActorChange, ...]  # actors that now carry more, largest gain first
    actors_lost: tuple[ActorChange, ...]

    @property
    def delivered_before(self) -> float:
        return self.before.delivered

    @property
    def delivered_after(self) -> float:
        return self.after.delivered

    @property
    def share_after(self) -> float:
        return self.after.share_of(self.before)

    @property
    def rerouted_volume(self) -> float:
        """Flow that moved onto routes that gained it (at actor level, to avoid double counting)."""
        return sum(c.delta for c in self.actors_gained)

    def moved_elsewhere(self, actor_id: str) -> float:
        """Of what ``actor_id`` carried before, how much still reached the destination after: the part
        that went elsewhere at once rather than being lost (never more than the actor carried)."""
        carried = self.before.actor_flow.get(actor_id, 0.0)
        lost = max(0.0, self.delivered_before - self.delivered_after)
        return max(0.0, carried - lost)

    def takers(self, actor_id: str) -> tuple[str, ...]:
        """The actors that gained flow, largest gain first, other than ``actor_id`` itself."""
        return tuple(c.actor for c in self.actors_gained if c.actor != actor_id)


def compare(before: FlowResult, after: FlowResult, tolerance: float = EPSILON) -> Impact:
    """Routes and actors whose flow rose or fell between two results."""
    gained: list[RouteChange] = []
    lost: list[RouteChange] = []
    for key, old in before.route_flow.items():
        new = after.route_flow.get(key, 0.0)
        if new > old + tolerance:
            gained.append(RouteChange(key[0], key[1], old, new))
        elif new < old - tolerance:
            lost.append(RouteChange(key[0], key[1], old, new))
    actors_gained: list[ActorChange] = []
    actors_lost: list[ActorChange] = []
    for actor_id, old in before.actor_flow.items():
        new = after.actor_flow.get(actor_id, 0.0)
        if new > old + tolerance:
            actors_gained.append(ActorChange(actor_id, old, new))
        elif new < old - tolerance:
            actors_lost.append(ActorChange(actor_id, old, new))
    return Impact(
        before=before,
        after=after,
        rerouted=tuple(sorted(gained, key=lambda c: (-c.delta, c.from_, c.to))),
        lost=tuple(sorted(lost, key=lambda c: (c.delta, c.from_, c.to))),
        actors_gained=tuple(sorted(actors_gained, key=lambda c: (-c.delta, c.actor))),
        actors_lost=tuple(sorted(actors_lost, key=lambda c: (c.delta, c.actor))),
    )


@dataclass(frozen=True)
class MonthState:
    """The trade in one month after the intervention (month 0: immediately after)."""

    month: int
    delivered: float
    share_of_baseline: float
    price_index: float
    active_actors: int  # actors present (not removed; latent ones once entered)
    active_groups: int  # groups that carry flow
    entered: tuple[str, ...]  # latent actors that entered this month
    flow: FlowResult
    conditions: Conditions
    cost_index: float = 1.0  # the average unit cost of the supply delivered, relative to the baseline


@dataclass(frozen=True)
class GapFillers:
    """Who carried the recovery between the immediate re-routing and a later month."""

    month: int
    entrants: tuple[ActorChange, ...]  # latent actors that entered and carry flow, largest gain first
    survivors: tuple[ActorChange, ...]  # actors present from the start that grew and carry more, largest gain first


@dataclass(frozen=True)
class Timeline:
    seed: int
    baseline: FlowResult
    months: tuple[MonthState, ...]
    baseline_groups: int = 0  # groups carrying flow before the intervention
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

    def gap_fillers(self, month: int) -> GapFillers:
        """The actors that gained most between the immediate state and ``month``: entrants that came
        in and carry flow, and actors present from the start whose capacity grew and who carry more."""
        first, later = self.immediate, self.at(month)
        before, after = first.flow.actor_flow, later.flow.actor_flow
        new = later.conditions.entered - first.conditions.entered
        entrants = [ActorChange(a, before.get(a, 0.0), after[a]) for a in new if after.get(a, 0.0) > CARRIES]
        grown = first.conditions.capacity_factor
        survivors = [
            ActorChange(a, before.get(a, 0.0), flow)
            for a, flow in after.items()
            if a not in new
            and later.conditions.capacity_factor.get(a, 1.0) > grown.get(a, 1.0) + 1e-9
            and flow > before.get(a, 0.0) + CARRIES
        ]
        order = lambda c: (-c.delta, c.actor)  # noqa: E731
        return GapFillers(later.month, tuple(sorted(entrants, key=order)), tuple(sorted(survivors, key=order)))


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

    def gap_fillers(self, month: int) -> GapFillers:
        """Who filled the gap by ``month`` (see ``Timeline.gap_fillers``)."""
        return self.timeline.gap_fillers(min(max(month, 0), self.months))

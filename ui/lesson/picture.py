"""What the network view shows for one month of one plan, decided here and only drawn by Qt.

For every route: its flow, its flow at the baseline, its state (gained, lost, unchanged, idle, or
waiting for an entrant), the "+12" / "−30" label and the tooltip. For every actor: active, removed or
waiting to enter, its tooltip. Changes come ranked as the model ranks them (largest first), so the
view labels the ones that matter most. The view never compares flows or formats numbers itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType

from model.network import RouteKey
from model.results import EPSILON, Assessment
from ui.lesson.describe import Describer
from ui.lesson.numbers import format_delta


class RouteState(Enum):
    GAINED = "gained"  # carries more than at the baseline
    LOST = "lost"  # carries less than at the baseline
    UNCHANGED = "unchanged"  # carries flow, as much as at the baseline
    IDLE = "idle"  # carries nothing, and did not at the baseline either
    WAITING = "waiting"  # an end is an entrant that has not entered yet


class ActorStatus(Enum):
    ACTIVE = "active"
    REMOVED = "removed"
    WAITING = "waiting"  # a latent entrant that has not entered


@dataclass(frozen=True)
class RoutePicture:
    key: RouteKey
    flow: float
    baseline: float
    state: RouteState
    label: str  # "+12", "−30", or "" for no change
    tooltip: str

    @property
    def delta(self) -> float:
        return self.flow - self.baseline


@dataclass(frozen=True)
class ActorPicture:
    id: str
    status: ActorStatus
    flow: float
    baseline: float
    tooltip: str


@dataclass(frozen=True)
class FlowPicture:
    """One month of one plan, as the network shows it."""

    month: int
    compare: bool  # False at the baseline plan: nothing is labelled as a change
    routes: Mapping[RouteKey, RoutePicture]
    actors: Mapping[str, ActorPicture]
    largest: float  # the busiest baseline route's flow: route widths are relative to it
    gained: tuple[RouteKey, ...]  # routes that gained, largest gain first (the model's order)
    lost: tuple[RouteKey, ...]  # routes that lost, largest loss first


def picture(describer: Describer, assessment: Assessment, month: int) -> FlowPicture:
    """The network's picture of ``assessment`` in ``month``."""
    network = describer.network
    month = min(max(month, 0), assessment.months)
    state = assessment.timeline.at(month)
    conditions = state.conditions
    baseline = assessment.baseline
    compare = not assessment.plan.is_baseline
    changes = assessment.changes_at(month) if compare else None
    actors: dict[str, ActorPicture] = {}
    for actor_id in network.actor_ids:
        if actor_id in conditions.removed:
            status = ActorStatus.REMOVED
        elif network.is_waiting(actor_id, conditions):
            status = ActorStatus.WAITING
        else:
            status = ActorStatus.ACTIVE
        actors[actor_id] = ActorPicture(
            actor_id,
            status,
            state.flow.actor_flow.get(actor_id, 0.0),
            baseline.actor_flow.get(actor_id, 0.0),
            describer.actor_tooltip(actor_id, assessment, month),
        )
    routes: dict[RouteKey, RoutePicture] = {}
    for key in network.route_keys:
        flow, base = state.flow.route_flow.get(key, 0.0), baseline.route_flow.get(key, 0.0)
        delta = flow - base
        if any(actors[a].status is ActorStatus.WAITING for a in key):
            route_state = RouteState.WAITING
        elif compare and delta > EPSILON:
            route_state = RouteState.GAINED
        elif compare and delta < -EPSILON:
            route_state = RouteState.LOST
        else:
            route_state = RouteState.UNCHANGED if flow > EPSILON else RouteState.IDLE
        label = format_delta(delta) if compare and abs(delta) > EPSILON else ""
        routes[key] = RoutePicture(key, flow, base, route_state, label, describer.route_tooltip(flow, base))
    return FlowPicture(
        month=month,
        compare=compare,
        routes=MappingProxyType(routes),
        actors=MappingProxyType(actors),
        largest=max(baseline.route_flow.values(), default=1.0) or 1.0,
        gained=tuple((c.from_, c.to) for c in changes.rerouted) if changes else (),
        lost=tuple((c.from_, c.to) for c in changes.lost) if changes else (),
    )

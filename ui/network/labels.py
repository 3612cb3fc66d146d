"""Where the "+12" / "−30" labels go: on their route, in the gaps between columns, never on another
label or on an actor; moved beside their route with a leader line when the route itself has no room.

Labels are placed largest change first, so the changes that matter most get the best places. A label
that finds no room anywhere is left out and listed (``Placement.unplaced``); the route's tooltip and the
actor's panel still give its number.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF

from model.network import RouteKey
from ui.lesson.picture import FlowPicture
from ui.network.routes import RouteItem

MARGIN = 3.0  # the space kept between a label and anything else
LABEL_THRESHOLD = 0.5  # units a month: smaller changes keep only their tooltip


@dataclass
class Placement:
    placed: dict[RouteKey, QRectF] = field(default_factory=dict)
    moved: set[RouteKey] = field(default_factory=set)  # placed beside the route, with a leader line
    unplaced: list[RouteKey] = field(default_factory=list)


def place_labels(routes: Sequence[RouteItem], obstacles: Iterable[QRectF], area: QRectF) -> Placement:
    """Place each route's label (in the order given) at the first free spot, inside ``area``."""
    blocked = [_edges(r, MARGIN) for r in obstacles]
    result = Placement()
    for route in routes:
        label = route.label
        label.place(QPointF(0, 0))
        size = label.rect().size()
        spot = _free_spot(route, size.width(), size.height(), blocked, area)
        if spot is None:
            result.unplaced.append(route.key)
            label.setVisible(False)
            continue
        centre, leader = spot
        label.place(centre, leader=leader)
        label.setVisible(True)
        rect = label.rect()
        result.placed[route.key] = rect
        if leader is not None:
            result.moved.add(route.key)
        blocked.append(_edges(rect, MARGIN))
    return result


Edges = tuple[float, float, float, float]  # left, top, right, bottom


def _edges(rect: QRectF, margin: float = 0.0) -> Edges:
    return rect.left() - margin, rect.top() - margin, rect.right() + margin, rect.bottom() + margin


def _is_free(left: float, top: float, right: float, bottom: float, blocked: list[Edges], area: Edges) -> bool:
    """Inside the area and overlapping nothing blocked (as QRectF.intersects: touching edges do not
    overlap). Plain numbers rather than QRectF calls: this runs thousands of times per layout."""
    if left < area[0] or top < area[1] or right > area[2] or bottom > area[3]:
        return False
    return not any(left < b_right and b_left < right and top < b_bottom and b_top < bottom for b_left, b_top, b_right, b_bottom in blocked)


def _free_spot(route: RouteItem, width: float, height: float, blocked: list[Edges], area: QRectF) -> tuple[QPointF, QPointF | None] | None:
    bounds = _edges(area)
    spots = [(p.x(), p.y()) for p in route.gap_spots() if area.contains(p)]
    half_w, half_h = width / 2, height / 2
    for x, y in spots:  # on the route itself
        if _is_free(x - half_w, y - half_h, x + half_w, y + half_h, blocked, bounds):
            return QPointF(x, y), None
    dy, dx = height + 2 * MARGIN + 2, width + 2 * MARGIN + 2
    offsets = [(0, dy), (0, -dy), (dx, 0), (-dx, 0), (0, 2 * dy), (0, -2 * dy), (dx, dy), (-dx, dy), (dx, -dy), (-dx, -dy)]
    offsets += [(0, 3 * dy), (0, -3 * dy), (2 * dx, 0), (-2 * dx, 0)]
    for ox, oy in offsets:  # beside it, pointing back
        for x, y in spots:
            cx, cy = x + ox, y + oy
            if _is_free(cx - half_w, cy - half_h, cx + half_w, cy + half_h, blocked, bounds):
                return QPointF(cx, cy), QPointF(x, y)
    return None


def changes_to_label(picture: FlowPicture, routes: Mapping[RouteKey, RouteItem], shown: Callable[[RouteItem], bool]) -> list[RouteItem]:
    """The changed routes that get a label: shown, and above the threshold; largest change first."""
    threshold = max(LABEL_THRESHOLD, 0.02 * picture.largest)
    keys = sorted((*picture.gained, *picture.lost), key=lambda k: -abs(picture.routes[k].delta))
    return [routes[k] for k in keys if shown(routes[k]) and routes[k].isVisible() and abs(picture.routes[k].delta) >= threshold]


def label_demand(routes: Sequence[RouteItem], column_of: Mapping[str, int]) -> dict[int, float]:
    """How many labels each gap between columns must hold (a route over several gaps shares its label
    between them): the layout widens the gaps where many labels must fit."""
    demand: dict[int, float] = {}
    for route in routes:
        first, last = column_of[route.key[0]], column_of[route.key[1]]
        for gap in range(first, last):
            demand[gap] = demand.get(gap, 0.0) + 1.0 / (last - first)
    return demand

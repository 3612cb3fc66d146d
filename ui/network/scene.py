"""The scene: holds the items, lays them out for a size, applies the tour and the flow picture.

The layout is computed in on-screen pixels at the learner's text size: names stay readable, and when
the network needs more room than the view has, the view pans rather than shrinks. Which column each
actor stands in, the order, and where routes run come from ``ui.lesson.layout``; what each route and
actor shows, from ``ui.lesson.picture``. After a change, the routes that changed are drawn on top and
labelled, the rest dimmed; actors of stages the tour has not reached yet that the change touched are
shown faintly, so the learner sees where the flow went.

Signals:
    NetworkScene.actor_chosen(str): an actor was clicked or chosen from the keyboard.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication, QGraphicsScene, QWidget

from model.network import RouteKey, SupplyNetwork
from ui import theme
from ui.lesson.layout import CURRENT_WEIGHT, EARLIER_WEIGHT, Heights, Layout, Node
from ui.lesson.picture import ActorStatus, FlowPicture, RouteState
from ui.lesson.session import Session
from ui.network.items import ActorItem, RegionBandItem
from ui.network.labels import LABEL_THRESHOLD, Placement, changes_to_label, label_demand, place_labels
from ui.network.routes import FlowMarkerItem, RouteItem
from ui.network.text import LabelItem, Metrics, fitted, node_label

LABELS_PER_KIND = 8  # at least the largest gains and losses are labelled (in practice every change above the threshold)
MIN_GAP = 40.0  # between columns where routes run, in pixels at the learner's text size
MARKER_SPEED = 0.22  # route lengths per second


class NetworkScene(QGraphicsScene):
    """The network's items; see the module docstring."""

    actor_chosen = Signal(str)

    def __init__(self, network: SupplyNetwork, parent: QWidget | None = None, weights: Mapping[RouteKey, float] | None = None) -> None:
        super().__init__(parent)
        self.network = network
        self.scenario = network.scenario
        self.layout = Layout(network, weights)
        self.columns = self.layout.columns
        self.column_of = self.layout.column_of
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.metrics = Metrics.for_font(parent.font() if parent is not None else QApplication.font())
        self.actors: dict[str, ActorItem] = {}
        self.routes: dict[RouteKey, RouteItem] = {}
        self.markers: list[FlowMarkerItem] = []
        self.stage_labels: list[LabelItem] = []
        self.bands: list[tuple[RegionBandItem, LabelItem]] = []
        self.session: Session | None = None
        self.selected: str | None = None
        self.hovered: str | None = None
        self.picture: FlowPicture | None = None
        self.ghosts: frozenset[str] = frozenset()  # actors not yet in the tour that the change touched
        self.placement = Placement()
        self.column_rects: list[QRectF] = []
        self._body_room = 300.0  # the height columns have, set by each layout
        self._laid_out_for = 0.0  # the width of the last layout
        self._widths: tuple[list[float], list[float]] = ([], [])
        self._phase = 0.35  # markers start spread along their routes, not piled at the ends
        self.markers_visible = True
        self._active_markers: list[FlowMarkerItem] = []
        self._add_items()

    def _add_items(self) -> None:
        colours = theme.current()
        vocabulary = self.scenario.vocabulary
        bands = vocabulary.bands()
        for actor in self.scenario.actors:
            band = self.layout.band_of(actor.id)
            item = ActorItem(actor, colours.band_colour(band, vocabulary.band_colour(bands[band])))
            self.actors[actor.id] = item
            self.addItem(item)
        for route in self.scenario.routes:
            route_item = RouteItem(route)
            self.routes[route.key] = route_item
            self.addItem(route_item)
            self.addItem(route_item.label)
        for stage in self.scenario.stages:
            label = LabelItem(stage.short_title)
            self.stage_labels.append(label)
            self.addItem(label)
        for run in self.layout.runs:
            band_item = RegionBandItem(run.band, run.name, colours.band_colour(run.band, vocabulary.band_colour(run.name)))
            band_label = LabelItem(run.name)
            self.addItem(band_item)
            self.addItem(band_label)
            self.bands.append((band_item, band_label))

    @property
    def stage_index(self) -> int:
        return self.session.stage if self.session is not None else 0

    @property
    def explore(self) -> bool:
        return self.session.explore if self.session is not None else False

    def set_font(self, font: QFont) -> None:
        self.metrics = Metrics.for_font(font)

    def stage_has_actors(self, stage_index: int) -> bool:
        return self.layout.stage_has_actors(stage_index)

    def is_revealed(self, actor_id: str) -> bool:
        return self.session.is_revealed(actor_id) if self.session is not None else True

    def is_shown(self, actor_id: str) -> bool:
        return self.is_revealed(actor_id) or actor_id in self.ghosts

    # layout -------------------------------------------------------------------------------
    def layout_for(self, width: float, height: float) -> QRectF:
        """Place every item for a view of this size (in on-screen pixels); return the scene rect.

        The layout fills the view when the network fits it; when it needs more room, it takes it
        (the view then pans), so that names stay at the size the learner chose."""
        self._body_room = max(height - 2 * QFontMetricsF(self.metrics.bold).height() - 16, 1.0)
        self._laid_out_for = width
        widths, gaps = self._column_widths(width)
        self._widths = (widths, gaps)
        lefts = [sum(widths[:i]) + sum(gaps[:i]) for i in range(len(widths))]
        self.column_rects = [QRectF(lefts[i], 0, widths[i], 1) for i in range(len(widths))]
        header_h = self._place_headers(widths, lefts, gaps)
        bold = QFontMetricsF(self.metrics.bold)
        band_texts = [  # a band's name may reach into the gaps beside it
            fitted(
                run.name,
                bold,
                lefts[run.stop - 1]
                + widths[run.stop - 1]
                + gaps[run.stop - 1] / 2
                - lefts[run.first]
                + gaps[max(run.first - 1, 0)] / 2
                - 6,
            )
            for run in self.layout.runs
        ]
        footer_h = bold.height() + 8
        gap = max(5.0, self.metrics.line * 0.3)
        boxes = self._boxes(widths, height - header_h - footer_h, gap)
        heights = Heights([b[1] for b in boxes], waypoint=1.0, gap=gap, bundle_gap=0.0)
        positions = self.layout.positions(heights, max(height - header_h - footer_h, 1.0), top=header_h)
        self._place_actors(boxes, lefts, widths, positions.y)
        self._place_routes(lefts, widths, positions.y)
        total_w = lefts[-1] + widths[-1] if widths else width
        total_h = header_h + positions.height + footer_h
        self._place_bands(lefts, widths, band_texts, header_h, positions.height, footer_h)
        self.column_rects = [QRectF(lefts[i], header_h, widths[i], positions.height) for i in range(len(widths))]
        rect = QRectF(0, 0, max(total_w, width), max(total_h, height))
        self.setSceneRect(rect)
        self._apply_tour()
        self._apply_labels()
        self._apply_markers()
        return rect

    def _column_widths(self, room: float) -> tuple[list[float], list[float]]:
        """Each column's width and the gap after it: readable names where the tour looks, placeholders
        for stages still to come, gaps wide enough for a change label wherever routes run."""
        fm = QFontMetricsF(self.metrics.node)
        char = fm.averageCharWidth()
        full_min, full_max, context, placeholder = char * 11 + 14, char * 22 + 14, char * 8 + 12, char * 2.4
        weights = self.layout.weights_for(self.stage_index, self.explore)
        widths = []
        for i, weight in enumerate(weights):
            if weight >= CURRENT_WEIGHT:
                widths.append(full_min)
            elif weight >= EARLIER_WEIGHT or any(a in self.ghosts for a in self.columns[i].actors):
                widths.append(context)
            else:
                widths.append(placeholder)
        small = QFontMetricsF(self.metrics.small)
        label_w, label_h = small.horizontalAdvance("\u22128.8") + 16, small.height() * 1.3 + 8
        demand = label_demand(self.labelled_candidates(), self.column_of) if self.picture is not None and self.picture.compare else {}
        lanes = [max(1, math.ceil(3 * demand.get(i, 0.0) * label_h / max(self._body_room, 1.0))) for i in range(len(widths))]
        gaps = [max(MIN_GAP, label_w * lanes[i]) if self._routes_cross(i) else char for i in range(len(widths))]
        gaps[-1] = 0.0
        spare = room - sum(widths) - sum(gaps)
        full = [i for i, w in enumerate(weights) if w >= CURRENT_WEIGHT]
        if spare > 0 and full:  # grow the columns in focus first, then the gaps where routes run
            grow = min(spare / len(full), full_max - full_min)
            for i in full:
                widths[i] += grow
            spare -= grow * len(full)
        wide = [i for i, g in enumerate(gaps[:-1]) if g >= MIN_GAP]
        if spare > 0 and wide:
            for i in wide:
                gaps[i] += min(spare / len(wide), gaps[i] * 2)
        return widths, gaps

    def _routes_cross(self, column: int) -> bool:
        """Whether a shown route runs through the gap after this column."""
        return any(self.column_of[a] <= column < self.column_of[b] and self._route_shown(route) for (a, b), route in self.routes.items())

    def _boxes(self, widths: Sequence[float], room: float, gap: float) -> list[tuple[float, float, int]]:
        """Per column: the width of its actors' boxes, their height, and their lines of text (three
        where a name needs them and the column has the height; else two, with a short name)."""
        m = self.metrics
        fm = QFontMetricsF(m.node)
        boxes = []
        for i, col in enumerate(self.columns):
            shown = [a for a in col.actors if self.is_shown(a)]
            node_w = max(widths[i] - 4, 8.0)
            longest = max((len(node_label(self.network.actors[a], fm, node_w - 14, 3)) for a in shown), default=1)
            tall = len(shown) * (m.line * 3 + 6 + gap) <= room
            lines = 3 if longest > 2 and tall and widths[i] > fm.averageCharWidth() * 11 else 2
            boxes.append((node_w, m.line * lines + 6 if shown else 2.0, lines))
        return boxes

    def _place_actors(
        self, boxes: Sequence[tuple[float, float, int]], lefts: Sequence[float], widths: Sequence[float], y: Mapping[Node, float]
    ) -> None:
        for i, col in enumerate(self.columns):
            node_w, node_h, lines = boxes[i]
            x = lefts[i] + (widths[i] - node_w) / 2
            for actor_id in col.actors:
                rect = QRectF(x, y[actor_id] - node_h / 2, node_w, max(node_h, self.metrics.line * 2 + 6))
                self.actors[actor_id].set_geometry(rect, self.metrics, lines, self.layout.is_minority(actor_id))

    def _place_routes(self, lefts: Sequence[float], widths: Sequence[float], y: Mapping[Node, float]) -> None:
        """Each route from a port on its sender to a port on its receiver, through its waypoints.
        Ports are spread along an actor's side in the order of where the routes go, so routes leave
        and arrive side by side, as bundles, instead of crossing at the box."""
        outgoing: dict[str, list[RouteKey]] = {}
        incoming: dict[str, list[RouteKey]] = {}
        for key in self.routes:
            outgoing.setdefault(key[0], []).append(key)
            incoming.setdefault(key[1], []).append(key)
        ports: dict[tuple[RouteKey, str], float] = {}
        for actor_id, keys in list(outgoing.items()) + list(incoming.items()):
            is_out = keys[0][0] == actor_id
            rect = self.actors[actor_id].sceneBoundingRect().adjusted(6, 6, -6, -6)
            ordered = sorted(keys, key=lambda k: y[self.layout.path(k)[1 if is_out else -2]])
            for k, key in enumerate(ordered):
                ports[(key, "out" if is_out else "in")] = rect.top() + rect.height() * (0.2 + 0.6 * (k + 0.5) / len(ordered))
        for key, route_item in self.routes.items():
            path = self.layout.path(key)
            a, b = self.actors[key[0]], self.actors[key[1]]
            knots = [QPointF(a.out_anchor().x(), ports[(key, "out")])]
            for node in path[1:-1]:
                assert isinstance(node, tuple)
                c = node[1]
                knots += [QPointF(lefts[c], y[node]), QPointF(lefts[c] + widths[c], y[node])]
            knots.append(QPointF(b.in_anchor().x(), ports[(key, "in")]))
            route_item.set_path(knots)
            route_item.restyle_label(self.metrics)

    def _place_headers(self, widths: list[float], lefts: list[float], gaps: list[float]) -> float:
        """Stage headers over their columns (and the gaps beside them); returns the header row's height."""
        headers: list[tuple[int, float, float]] = []  # stage index, left, right
        for s_index in range(len(self.scenario.stages)):
            cols = self.layout.columns_of_stage(s_index)
            if cols:
                before = gaps[cols[0] - 1] / 2 if cols[0] > 0 else 0.0
                headers.append((s_index, lefts[cols[0]] - before, lefts[cols[-1]] + widths[cols[-1]] + gaps[cols[-1]] / 2))
        texts = {s_index: self._stage_header(s_index, right - left) for s_index, left, right in headers}
        lines = max((t.count("\n") + 1 for t in texts.values()), default=1)
        header_h = QFontMetricsF(self.metrics.bold).height() * lines + 8
        for s_index, label in enumerate(self.stage_labels):
            label.setVisible(s_index in texts)
        for s_index, left, right in headers:
            label = self.stage_labels[s_index]
            label.set_text(texts[s_index])
            label.place(QPointF((left + right) / 2, header_h / 2))
        return header_h

    def _place_bands(
        self, lefts: list[float], widths: list[float], texts: list[str], header_h: float, body: float, footer_h: float
    ) -> None:
        total_h = header_h + body + footer_h
        for k, run in enumerate(self.layout.runs):
            band, band_label = self.bands[k]
            right = lefts[run.stop - 1] + widths[run.stop - 1]
            rect = QRectF(lefts[run.first] - 4, header_h - 4, right - lefts[run.first] + 8, body + footer_h)
            band.set_rect(rect)
            band_label.set_text(texts[k])
            band_label.set_style(self.metrics.bold, theme.current().qcolor("muted_ink"))
            band_label.place(QPointF(rect.center().x(), total_h - footer_h / 2 - 2))

    def _stage_header(self, s_index: int, width: float) -> str:
        """ "3 · Production" where it fits; the number alone for a narrow column or a stage to come."""
        stage = self.scenario.stages[s_index]
        if not self.explore and s_index > self.stage_index:
            return str(s_index + 1)
        return fitted(f"{s_index + 1} \u00b7 {stage.short_title}", QFontMetricsF(self.metrics.bold), width - 8) or str(s_index + 1)

    # tour ---------------------------------------------------------------------------------
    def set_session(self, session: Session) -> None:
        """Show the session's stage of the tour (or every stage, when exploring)."""
        self.session = session
        self.ghosts = self._touched_but_hidden()
        self._apply_tour()
        self._apply_labels()
        self._apply_markers()

    def _apply_tour(self) -> None:
        colours = theme.current()
        for actor_id, item in self.actors.items():
            revealed = self.is_revealed(actor_id)
            current = self.session.is_current(actor_id) if self.session is not None else True
            item.setVisible(revealed or actor_id in self.ghosts)
            fade = 1.0 if current and revealed else colours.ghost_opacity if not revealed else colours.context_opacity
            item.set_tour_role(current and revealed, fade)  # faded by the theme's opacity for stages seen or to come
            if not item.isVisible() and item.isSelected():
                item.setSelected(False)
        for route_item in self.routes.values():
            a, b = self.actors[route_item.key[0]], self.actors[route_item.key[1]]
            route_item.setVisible(self._route_shown(route_item))
            route_item.set_context(not (a.current_stage or b.current_stage))
        whole = self.explore or not self.stage_has_actors(self.stage_index)
        for s_index, label in enumerate(self.stage_labels):
            if not self.stage_has_actors(s_index):
                continue
            label.setVisible(True)
            if s_index == self.stage_index and not whole:
                label.set_style(self.metrics.bold, colours.qcolor("accent"))
            elif self.explore or s_index <= self.stage_index:
                label.set_style(self.metrics.bold, colours.qcolor("ink"))
            else:
                label.set_style(self.metrics.font, colours.qcolor("unseen_ink"))

    def _route_shown(self, route: RouteItem) -> bool:
        a, b = route.key
        if not (self.is_shown(a) and self.is_shown(b)):
            return False
        if self.is_revealed(a) and self.is_revealed(b):
            return True
        return route.change == RouteItem.GAINED  # beyond the tour: only where the flow went

    def _touched_but_hidden(self) -> frozenset[str]:
        """Actors of stages the tour has not reached that took over flow (and the ends of the routes it
        took), so that the learner sees where the flow went before the tour gets there."""
        if self.picture is None or not self.picture.compare or self.session is None or self.session.explore:
            return frozenset()
        threshold = max(LABEL_THRESHOLD, 0.02 * self.picture.largest)
        taking = {a for a, p in self.picture.actors.items() if p.status is ActorStatus.ACTIVE and p.flow - p.baseline >= threshold}
        taking |= {a for key in self.picture.gained if self.picture.routes[key].delta >= threshold for a in key}
        return frozenset(a for a in taking if not self.is_revealed(a))

    # flows --------------------------------------------------------------------------------
    def set_picture(self, picture: FlowPicture) -> bool:
        """Set every route's target width, style and label and every actor's status. True when the
        actors shown changed with it (the view then lays the network out again)."""
        previous_compare = self.picture is not None and self.picture.compare
        self.picture = picture
        for key, route_item in self.routes.items():
            route_item.set_picture(picture.routes[key], picture.largest, self.metrics)
            route_item.set_dimmed(picture.compare and picture.routes[key].state not in (RouteState.GAINED, RouteState.LOST))
        for actor_id, item in self.actors.items():
            item.set_picture(picture.actors[actor_id])
        ghosts = self._touched_but_hidden()
        moved = ghosts != self.ghosts
        self.ghosts = ghosts
        if not moved and (picture.compare or previous_compare):
            moved = self._column_widths(self._laid_out_for) != self._widths  # the gaps a new set of labels needs
        if not moved:  # else the view lays the network out again, which places these (once, not twice)
            self._apply_tour()
            self._apply_labels()
            self._apply_markers()
        return moved

    def labelled_candidates(self) -> list[RouteItem]:
        """Changed routes above the threshold that are shown, largest change first."""
        if self.picture is None:
            return []
        return changes_to_label(self.picture, self.routes, self._route_shown)

    def _apply_labels(self) -> None:
        """Label the changes, largest first, where they do not cover an actor or another label."""
        for route_item in self.routes.values():
            route_item.label.setVisible(False)
        candidates = self.labelled_candidates()
        obstacles = [item.box() for item in self.actors.values() if item.isVisible()]
        obstacles += [label.rect() for label in self.stage_labels if label.isVisible()]
        obstacles += [label.rect() for _band, label in self.bands if label.text()]
        self.placement = place_labels(candidates, obstacles, self.sceneRect())

    def labelled_routes(self) -> list[RouteKey]:
        return [key for key, r in self.routes.items() if r.label.isVisible()]

    def set_progress(self, t: float) -> None:
        for route_item in self.routes.values():
            route_item.set_progress(t)

    # markers ------------------------------------------------------------------------------
    def _apply_markers(self) -> None:
        """One to three markers per visible route with flow; created lazily, reused."""
        wanted: list[tuple[RouteItem, float]] = []
        if self.picture is not None:
            largest = self.picture.largest
            for route_item in self.routes.values():
                if not route_item.isVisible() or route_item.flow <= 1e-6:
                    continue
                count = 1 + int(2 * min(1.0, route_item.flow / largest) + 0.5)
                wanted.extend((route_item, k / count) for k in range(count))
        while len(self.markers) < len(wanted):
            self.markers.append(FlowMarkerItem(next(iter(self.routes.values())), 0.0))  # drawn by the view, not a scene item
        for marker, target in zip(self.markers, wanted, strict=False):
            marker.route, marker.offset = target
            marker.setVisible(self.markers_visible)
            marker.setOpacity(target[0].opacity())
            marker.advance_to(self._phase)
        for marker in self.markers[len(wanted) :]:
            marker.setVisible(False)
        self._active_markers = self.markers[: len(wanted)]

    def set_markers_visible(self, visible: bool) -> None:
        self.markers_visible = visible
        for marker in self._active_markers:
            marker.setVisible(visible)

    def advance_markers(self, seconds: float) -> None:
        """Move every active marker along its route by ``seconds`` of travel."""
        self._phase = (self._phase + seconds * MARKER_SPEED) % 1.0
        for marker in self._active_markers:
            marker.advance_to(self._phase)

    # hover and selection --------------------------------------------------------------------
    def hover_actor(self, actor_id: str | None) -> None:
        if self.hovered and self.hovered in self.actors:
            self.actors[self.hovered].set_hovered(False)
        self.hovered = actor_id
        for key, route_item in self.routes.items():
            route_item.set_emphasis(None if actor_id is None else actor_id in key)
        if actor_id is not None:
            self.actors[actor_id].set_hovered(True)

    def choose_actor(self, actor_id: str) -> None:
        self.select(actor_id)
        self.actors[actor_id].setFocus(Qt.FocusReason.MouseFocusReason)
        self.actor_chosen.emit(actor_id)

    def select(self, actor_id: str | None) -> None:
        self.selected = actor_id
        for other_id, item in self.actors.items():
            want = other_id == actor_id
            if item.isSelected() != want:
                item.setSelected(want)

    def visible_actors(self) -> list[ActorItem]:
        """Revealed actors in reading order: column by column, top to bottom."""
        return [self.actors[a] for col in self.columns for a in col.actors if self.actors[a].isVisible()]

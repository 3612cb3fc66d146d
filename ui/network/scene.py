"""The scene: holds the items, lays them out for a size, applies the tour and the flow picture.

The layout is computed in on-screen pixels for the size of the view, so text stays at the size the
learner chose instead of shrinking with the network; zooming is a transform on top of that. Which
column each actor stands in, and in what order, comes from ``ui.lesson.layout``; what each route and
actor shows, from ``ui.lesson.picture``.

Signals:
    NetworkScene.actor_chosen(str): an actor was clicked or chosen from the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication, QGraphicsScene, QWidget

from model.network import RouteKey, SupplyNetwork
from ui import theme
from ui.lesson.layout import Layout
from ui.lesson.picture import FlowPicture
from ui.lesson.session import Session
from ui.network.items import ActorItem, RegionBandItem
from ui.network.routes import FlowMarkerItem, RouteItem
from ui.network.text import LabelItem, Metrics, fitted, node_label

LABELS_PER_KIND = 8  # change labels shown at once for gains and for losses (plus the focused actor's)
NODE_SHARE = 0.78  # of a column's width; the rest leaves room for the routes and their labels
MARKER_SPEED = 0.22  # route lengths per second


class NetworkScene(QGraphicsScene):
    """The network's items; see the module docstring."""

    actor_chosen = Signal(str)

    def __init__(self, network: SupplyNetwork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network = network
        self.scenario = network.scenario
        self.layout = Layout(network)
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
            item = ActorItem(actor, colours.band(band, vocabulary.band_colour(bands[band])))
            self.actors[actor.id] = item
            self.addItem(item)
        for route in self.scenario.routes:
            route_item = RouteItem(route)
            self.routes[route.key] = route_item
            self.addItem(route_item)
        for stage in self.scenario.stages:
            label = LabelItem(stage.short_title)
            self.stage_labels.append(label)
            self.addItem(label)
        for run in self.layout.runs:
            band_item = RegionBandItem(run.band, run.name, colours.band(run.band, vocabulary.band_colour(run.name)))
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

    # layout -------------------------------------------------------------------------------
    def layout_for(self, width: float, height: float) -> QRectF:
        """Place every item for a view of this size (in on-screen pixels); return the scene rect.

        If the names cannot be set at a readable size in that width or height, the layout grows
        beyond it and the view scales it down to fit (or the learner zooms and pans)."""
        fm = QFontMetricsF(self.metrics.node)
        min_node_w = fm.averageCharWidth() * 10 + 14
        weights = self.layout.weights(self.stage_index, self.explore) or [1.0]
        # Only the columns in focus (weight 1) must keep names readable; the rest take what is left.
        unit = max(width / sum(weights), min_node_w / NODE_SHARE)
        widths = [unit * w for w in weights]
        lefts = [sum(widths[:i]) for i in range(len(widths))]
        header_h = self._place_headers(widths, lefts)
        bold = QFontMetricsF(self.metrics.bold)
        band_texts = [fitted(run.name, bold, sum(widths[run.first : run.stop]) - 10) for run in self.layout.runs]
        footer_h = bold.height() * max((t.count("\n") + 1 for t in band_texts), default=1) + 10
        rows = max((len(c.actors) for c in self.columns), default=1)
        gap = max(8.0, self.metrics.line * 0.45)
        avail = max(height - header_h - footer_h, rows * (self.metrics.line * 2 + 10 + gap))
        self._place_actors(widths, lefts, header_h, avail, gap)
        self._place_routes()
        self._place_bands(widths, lefts, band_texts, header_h, avail, footer_h)
        self._apply_tour()
        self._apply_labels()
        self._apply_markers()
        rect = QRectF(0, 0, sum(widths), avail + header_h + footer_h)
        self.setSceneRect(rect)
        return rect

    def _place_headers(self, widths: list[float], lefts: list[float]) -> float:
        """Stage headers over their columns; returns the header row's height."""
        headers: list[tuple[int, float, float]] = []  # stage index, left, right
        for s_index in range(len(self.scenario.stages)):
            cols = self.layout.columns_of_stage(s_index)
            if cols:
                headers.append((s_index, lefts[cols[0]], lefts[cols[-1]] + widths[cols[-1]]))
        texts = {s_index: self._stage_header(s_index, right - left) for s_index, left, right in headers}
        lines = max((t.count("\n") + 1 for t in texts.values()), default=1)
        header_h = QFontMetricsF(self.metrics.bold).height() * lines + 10
        for s_index, label in enumerate(self.stage_labels):
            label.setVisible(s_index in texts)
        for s_index, left, right in headers:
            label = self.stage_labels[s_index]
            label.set_text(texts[s_index])
            label.place(QPointF((left + right) / 2, header_h / 2))
        return header_h

    def _place_actors(self, widths: list[float], lefts: list[float], header_h: float, avail: float, gap: float) -> None:
        m = self.metrics
        fm = QFontMetricsF(m.node)
        char = fm.averageCharWidth()
        min_node_w, max_node_w = char * 10 + 14, char * 22 + 14
        for i, col in enumerate(self.columns):
            node_w = min(max(widths[i] * NODE_SHARE, min(min_node_w, widths[i] - 16)), max_node_w)
            # Three lines where the column has the height for them and a name needs them.
            longest = max(len(node_label(self.network.actors[a], fm, node_w - 14, 3)) for a in col.actors)
            lines = 3 if longest > 2 and avail / len(col.actors) >= m.line * 3 + 10 + gap else 2
            node_h = m.line * lines + 10
            x = lefts[i] + (widths[i] - node_w) / 2
            pitch = min(avail / len(col.actors), node_h * 2.2)
            top = header_h + (avail - pitch * len(col.actors)) / 2
            for j, actor_id in enumerate(col.actors):
                y = top + j * pitch + (pitch - node_h) / 2
                self.actors[actor_id].set_geometry(QRectF(x, y, node_w, node_h), m, lines, self.layout.is_minority(actor_id))

    def _place_routes(self) -> None:
        for key, route_item in self.routes.items():
            a, b = self.actors[key[0]], self.actors[key[1]]
            same = self.column_of[key[0]] == self.column_of[key[1]]
            route_item.set_ends(a.out_anchor(), b.out_anchor() if same else b.in_anchor(), same)
            route_item.restyle_label(self.metrics)

    def _place_bands(
        self, widths: list[float], lefts: list[float], texts: list[str], header_h: float, avail: float, footer_h: float
    ) -> None:
        total_h = avail + header_h + footer_h
        for k, run in enumerate(self.layout.runs):
            band, band_label = self.bands[k]
            rect = QRectF(lefts[run.first] + 2, header_h - 4, sum(widths[run.first : run.stop]) - 4, avail + footer_h)
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
        self._apply_tour()
        self._apply_labels()
        self._apply_markers()

    def is_revealed(self, actor_id: str) -> bool:
        return self.session.is_revealed(actor_id) if self.session is not None else True

    def _apply_tour(self) -> None:
        colours = theme.current()
        for actor_id, item in self.actors.items():
            revealed = self.is_revealed(actor_id)
            current = self.session.is_current(actor_id) if self.session is not None else True
            item.setVisible(revealed)
            item.set_tour_role(current)
            item.setOpacity(1.0 if current else 0.45)
            if not revealed and item.isSelected():
                item.setSelected(False)
        for key, route_item in self.routes.items():
            a, b = self.actors[key[0]], self.actors[key[1]]
            route_item.setVisible(a.isVisible() and b.isVisible())
            route_item.setOpacity(1.0 if a.current_stage or b.current_stage else 0.5)
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
                label.set_style(self.metrics.font, colours.qcolor("route_idle"))

    # flows --------------------------------------------------------------------------------
    def set_picture(self, picture: FlowPicture) -> None:
        """Set every route's target width, style and label and every actor's status."""
        self.picture = picture
        for key, route_item in self.routes.items():
            route_item.set_picture(picture.routes[key], picture.largest, self.metrics)
        for actor_id, item in self.actors.items():
            item.set_picture(picture.actors[actor_id])
        self._apply_labels()
        self._apply_markers()

    def _apply_labels(self) -> None:
        """Show the "+n" / "−n" labels of the largest changes, and of the routes of the selected or
        hovered actor; nudge labels along their route so that they do not cover one another."""
        if self.picture is None:
            return
        focus = {a for a in (self.selected, self.hovered) if a is not None}
        shown: list[RouteItem] = []
        for ranked_keys in (self.picture.gained, self.picture.lost):
            ranked = [self.routes[k] for k in ranked_keys if self.routes[k].isVisible() and self.routes[k].label.text()]
            shown += ranked[:LABELS_PER_KIND]
            shown += [r for r in ranked[LABELS_PER_KIND:] if focus & set(r.key)]
        placed: list[QRectF] = []
        for route_item in shown:
            for t in (0.5, 0.38, 0.62, 0.28, 0.72):
                route_item.place_label(t)
                rect = route_item.label.sceneBoundingRect()
                if not any(rect.intersects(other) for other in placed):
                    break
            else:
                route_item.place_label(0.5)
            placed.append(route_item.label.sceneBoundingRect())
        visible = set(map(id, shown))
        for route_item in self.routes.values():
            route_item.label.setVisible(id(route_item) in visible)

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

    def shown_markers(self) -> list[FlowMarkerItem]:
        return [marker for marker in self._active_markers if marker.isVisible()]

    def marker_covers(self) -> list[QRectF]:
        """Where markers pass under something (scene rects): every shown actor and label, so that a
        moving marker never covers a name or a number."""
        covers = []
        for item in self.items():
            if isinstance(item, ActorItem) and item.isVisible():
                covers.append(item.mapRectToScene(item.shape().boundingRect()))
            elif isinstance(item, LabelItem) and item.isVisible() and item.text():
                covers.append(item.sceneBoundingRect())
        return covers

    # hover and selection --------------------------------------------------------------------
    def hover_actor(self, actor_id: str | None) -> None:
        if self.hovered and self.hovered in self.actors:
            self.actors[self.hovered].set_hovered(False)
        self.hovered = actor_id
        for key, route_item in self.routes.items():
            route_item.set_emphasis(None if actor_id is None else actor_id in key)
        if actor_id is not None:
            self.actors[actor_id].set_hovered(True)
        self._apply_labels()

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
        self._apply_labels()

    def visible_actors(self) -> list[ActorItem]:
        """Revealed actors in reading order: column by column, top to bottom."""
        return [self.actors[a] for col in self.columns for a in col.actors if self.actors[a].isVisible()]

"""Re-routing read from the back of the classroom: labels never collide, changes are in focus, stages
still to come show where the flow went, text grows with A+ (the view pans rather than shrinks), A+ and
A− stay under the mouse, and the route states read by line style and in a legend."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory
from tests.ui.test_explorer import toolbar_button
from ui import theme
from ui.legend import LegendDialog
from ui.network.routes import RouteItem

MAX_UNLABELLED = 0.02  # of the changed routes above the threshold, over every removal


def test_labels_never_overlap_each_other_or_an_actor_and_label_every_change_that_matters(make_window: WindowFactory) -> None:
    """Every stage, and the removal of each active actor at its own stage, at 1280x720."""
    window = make_window(size=(1280, 720))
    scene = window.view.network_scene
    network = window.network
    for index in range(len(window.scenario.stages)):
        window.go_to_stage(index)
        assert scene.labelled_routes() == [], "the baseline labels nothing"
    wanted = placed = 0
    unlabelled: list[str] = []
    for actor_id in (a for a in network.actor_ids if not network.actors[a].latent):
        window.go_to_stage(network.stage_order[network.actors[actor_id].stage])
        window.remove_actor(actor_id)
        labels = [(key, scene.routes[key].label.rect()) for key in scene.labelled_routes()]
        boxes = [(item.actor_id, item.box()) for item in window.view.actor_items() if item.isVisible()]
        for i, (key, rect) in enumerate(labels):
            assert rect.intersects(scene.sceneRect()), (actor_id, key)
            for other, other_rect in labels[i + 1 :]:
                assert not rect.intersects(other_rect), (actor_id, key, other)
            for box_id, box in boxes:
                assert not rect.intersects(box), (actor_id, key, box_id)
        candidates = scene.labelled_candidates()
        wanted += len(candidates)
        placed += len(labels)
        unlabelled += [f"{actor_id}: {key[0]} -> {key[1]}" for key in scene.placement.unplaced]
        assert {r.key for r in candidates} == set(scene.placement.placed) | set(scene.placement.unplaced)
        window.undo_stack.undo()
    assert wanted > 300
    assert len(unlabelled) <= MAX_UNLABELLED * wanted, "changes left without a label:\n" + "\n".join(unlabelled)


def test_after_a_change_what_changed_is_on_top_and_the_rest_faint(make_window: WindowFactory) -> None:
    window = make_window()
    window.set_explore(True)
    window.remove_actor("sinaloa_chapitos")
    routes = window.view.route_items()
    changed = [r for r in routes if r.change in (RouteItem.GAINED, RouteItem.LOST)]
    unchanged = [r for r in routes if r.change not in (RouteItem.GAINED, RouteItem.LOST)]
    assert changed and unchanged
    faint = theme.current().qcolor("route_idle").rgb()  # lighter, yet 3:1 against every band (tests/ui/test_profiles.py)
    assert all(r.subdued and r.pen().color().rgb() == faint for r in unchanged)
    assert all(not r.subdued and r.pen().color().rgb() != faint for r in changed)
    assert min(r.zValue() for r in changed) > max(r.zValue() for r in unchanged)
    window.undo_stack.undo()
    assert all(not r.subdued and r.pen().color().rgb() != faint for r in window.view.route_items() if r.flow > 0)


def test_four_route_states_differ_by_line_style_and_the_legend_shows_them(qtbot: QtBot, make_window: WindowFactory) -> None:
    styles = {
        change: RouteItem.pen_for(change, 6.0).style() for change in (RouteItem.GAINED, RouteItem.LOST, RouteItem.NORMAL, RouteItem.WAITING)
    }
    assert styles[RouteItem.LOST] == Qt.PenStyle.DashLine and styles[RouteItem.WAITING] == Qt.PenStyle.DotLine
    assert styles[RouteItem.GAINED] == styles[RouteItem.NORMAL] == Qt.PenStyle.SolidLine
    window = make_window()
    seen: list[list[str]] = []

    def read_legend() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LegendDialog)
        seen.append([text.text() for _picture, text in dialog.rows])
        # The gained sample carries its light stripe: the two solid states differ without colour.
        gained = dialog.rows[0][0].pixmap().toImage()
        normal = dialog.rows[2][0].pixmap().toImage()
        middle = gained.height() // 2
        assert gained.pixelColor(gained.width() // 2, middle).lightness() > normal.pixelColor(normal.width() // 2, middle).lightness() + 60
        dialog.reject()

    QTimer.singleShot(0, read_legend)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert seen and any("Gained" in t for t in seen[0]) and any("Lost" in t for t in seen[0])
    assert any("Not active yet" in t for t in seen[0]) and any("Unchanged" in t for t in seen[0])


def test_a_removal_early_in_the_tour_shows_where_the_flow_went_in_stages_still_to_come(make_window: WindowFactory) -> None:
    window = make_window()
    window.go_to_stage(0)
    window.remove_actor("china_manufacturers")
    scene = window.view.network_scene
    assert scene.ghosts, "actors of later stages that took over flow are shown"
    for actor_id in scene.ghosts:
        item = window.view.actor_item(actor_id)
        assert item.isVisible() and item.fade == theme.current().ghost_opacity < 1
        assert not window.session.is_revealed(actor_id)
    gained_beyond = [r for r in window.view.route_items() if r.isVisible() and any(a in scene.ghosts for a in r.key)]
    assert gained_beyond and all(r.change == RouteItem.GAINED for r in gained_beyond)
    assert any(r.label.isVisible() for r in gained_beyond), "and labelled"
    sentence = window.impact.sentence.text()
    named = [a.id for a in window.scenario.actors if a.name in sentence and a.id != "china_manufacturers"]
    assert named and all(window.view.actor_item(a).isVisible() for a in named), "the sentence names only what is on screen"
    window.go_to_stage(len(window.scenario.stages) - 1)
    assert not scene.ghosts, "once revealed, nothing is faint any more"


def _name_height_on_screen(window: object) -> float:
    view = window.view  # type: ignore[attr-defined]
    return QFontMetricsF(view.network_scene.metrics.node).height() * view.zoom


def test_a_plus_enlarges_the_network_text_too_and_the_view_pans_rather_than_shrinks(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(size=(1280, 720))
    window.go_to_stage(3)
    normal = _name_height_on_screen(window)
    larger = toolbar_button(window, "larger_action")
    while window.text_scale < 1.5:
        qtbot.mouseClick(larger, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.view._relayout_timer.isActive(), timeout=2000)
    assert window.text_scale == 1.5
    assert _name_height_on_screen(window) >= 1.4 * normal
    scene_rect = window.view.network_scene.sceneRect()
    assert (
        scene_rect.height() * window.view.zoom > window.view.viewport().height()
        or scene_rect.width() * window.view.zoom > window.view.viewport().width()
    )
    assert window.view.horizontalScrollBar().maximum() > 0 or window.view.verticalScrollBar().maximum() > 0, "it pans"


def test_a_plus_and_a_minus_stay_under_the_mouse_and_no_control_leaves_the_window(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(size=(1280, 720))
    window.set_explore(True)
    for name in ("larger_action", "smaller_action"):
        button = toolbar_button(window, name)
        point = button.rect().center()
        where = button.mapToGlobal(point)
        action = getattr(window, name)
        for _ in range(4):
            if not action.isEnabled():
                break
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.mapFromGlobal(where))
            QApplication.processEvents()
            assert button.rect().contains(button.mapFromGlobal(where)), f"{name} moved from under the mouse"
    inside = window.rect()
    while window.larger_action.isEnabled():
        window.larger_action.trigger()
    QApplication.processEvents()
    for name in (
        "previous_action",
        "next_action",
        "explore_action",
        "undo_action",
        "redo_action",
        "reset_action",
        "smaller_action",
        "larger_action",
    ):
        button = toolbar_button(window, name)
        box = button.rect().translated(button.mapTo(window, QPoint(0, 0)))
        assert inside.contains(box), name


def test_a_network_of_150_actors_keeps_readable_columns_and_pans(make_window: WindowFactory, tmp_path: object) -> None:
    import json
    from pathlib import Path

    from benchmarks.bench_model import layered_scenario

    path = Path(str(tmp_path)) / "big.yaml"
    path.write_text(json.dumps(layered_scenario(150, seed=3)), encoding="utf-8")  # JSON is YAML
    window = make_window(path=path, size=(1920, 1080))
    window.set_explore(True)
    view = window.view
    scene = view.network_scene
    char = QFontMetricsF(scene.metrics.node).averageCharWidth()
    boxes = [item.box() for item in view.actor_items() if item.isVisible()]
    assert len(boxes) == 150
    assert min(b.width() for b in boxes) >= char * 10, "names stay readable"
    assert min(b.height() for b in boxes) >= scene.metrics.line * 2
    assert view.zoom >= 0.94, "the network is not shrunk into a strip"
    assert scene.sceneRect().height() * view.zoom > view.viewport().height(), "it pans instead"
    assert view.verticalScrollBar().maximum() > 0
    for a in boxes:
        for b in boxes:
            assert a is b or not a.intersects(b), "no two actors overlap"


def test_one_change_updates_network_sentence_numbers_and_chart_together(qtbot: QtBot, make_window: WindowFactory) -> None:
    """No moment shows numbers from two states: all four views follow the plan before control returns."""
    window = make_window()
    qtbot.waitUntil(lambda: window.chart is not None, timeout=10000)
    chart = window.chart
    assert chart is not None

    def consistent() -> None:
        assessment = window.assessment
        state = assessment.timeline.at(window.month)
        session = window.session
        played = len(assessment.timeline.months) if session.change is None or session.plan.is_baseline else session.played + 1
        shares = [round(m.share_of_baseline * 100, 6) for m in assessment.timeline.months[:played]]
        assert [round(y, 6) for y in chart._supply.get_ydata()] == shares  # type: ignore[union-attr]  (the months played)
        assert window.describer.numbers(assessment, window.month) == window.impact.numbers.text()
        for key, route in window.view.network_scene.routes.items():
            assert route.flow == state.flow.route_flow[key]

    window.set_explore(True)
    for step in (
        lambda: window.remove_actor("sinaloa_chapitos"),
        lambda: window.apply_preset("dea_priority"),
        window.undo_stack.undo,
        window.undo_stack.undo,
        window.undo_stack.redo,
        window.reset_all,
    ):
        step()
        consistent()


def test_the_what_happened_box_shows_its_whole_sentence_at_1280x720(make_window: WindowFactory) -> None:
    window = make_window(size=(1280, 720))
    window.set_explore(True)
    window.apply_preset("demand_reduction")
    window.remove_actor("sinaloa_chapitos")  # the longest sentence: a removal after other changes
    words = window.impact.words_scroll
    needed = words.widget().heightForWidth(words.viewport().width())
    assert needed <= words.viewport().height() + words.verticalScrollBar().maximum(), "nothing cut off"
    assert words.verticalScrollBar().maximum() == 0, "at normal size the whole sentence shows without scrolling"
    assert window.impact.sentence.text().startswith("With 1 other change already made")


def test_at_the_largest_text_the_removed_actor_stays_in_view_when_the_network_is_laid_out_again(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    """A teacher presses A+ to the largest text and goes straight to a stage (before the network has
    been laid out for the new text), then removes an actor: the columns move, the actor stays in view."""
    window = make_window(size=(1280, 720))
    larger = toolbar_button(window, "larger_action")
    while window.larger_action.isEnabled():
        qtbot.mouseClick(larger, Qt.MouseButton.LeftButton)
    view = window.view
    window.go_to_stage(3)
    window.select_actor("cjng")
    before = view.viewport().height()
    qtbot.mouseClick(window.actor_panel.remove_button, Qt.MouseButton.LeftButton)
    assert window.plan.removed == ("cjng",)
    # The longer "What happened" sentence at this size takes room from the network: it is laid out again.
    qtbot.waitUntil(lambda: view.viewport().height() < before, timeout=2000)
    qtbot.waitUntil(lambda: view._layout_size == view.viewport().size() and not view._relayout_timer.isActive(), timeout=2000)
    box = view.mapFromScene(view.actor_item("cjng").box()).boundingRect()
    assert view.viewport().rect().contains(box), "the removed actor left the view when the columns moved"


def test_the_strip_grows_to_its_words_once_and_a_teacher_can_still_make_it_smaller(make_window: WindowFactory) -> None:
    """Playing the months lengthens "What happened": the strip grows so that it shows whole, without
    laying the chart out again (its height is held); and dragging the splitter still gives the network
    more room (a chart of fixed height had made the strip's minimum its whole height)."""
    window = make_window(size=(1280, 720))
    window.set_explore(True)
    window.load_chart()
    window.select_actor("sinaloa_chapitos")
    window.remove_actor("sinaloa_chapitos")
    window.settle()
    before = window.main_splitter.sizes()[1]
    chart = window.impact.chart_box.height()
    window.set_month(12)
    window.settle()
    words = window.impact.words_scroll
    assert words.verticalScrollBar().maximum() == 0, "the longer sentence shows whole"
    assert window.main_splitter.sizes()[1] > before, "the strip grew for it"
    assert window.impact.chart_box.height() == chart, "the chart kept its height"
    window.set_month(0)
    window.settle()
    assert window.main_splitter.sizes()[1] > before, "and does not jump back while the months are played"
    total = sum(window.main_splitter.sizes())
    window.main_splitter.setSizes([total - 140, 140])
    assert window.main_splitter.sizes()[1] <= 150, "a teacher can drag the strip smaller"

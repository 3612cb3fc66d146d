"""The explorer as a learner meets it: clicking actors, walking the tour, removing actors, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from model.flow import compare
from model.interventions import Plan
from model.simulation import Assessment, assess
from tests.ui.conftest import SMALL, WindowFactory
from ui import theme
from ui.lesson.numbers import format_amount, format_delta
from ui.network.routes import RouteItem, route_width
from ui.network.scene import LABELS_PER_KIND
from ui.network.view import NetworkView
from ui.settings import user_settings
from ui.window import MainWindow

GAINED, LOST = theme.current().qcolor("accent"), theme.current().qcolor("warning")


def click_actor(qtbot: QtBot, view: NetworkView, actor_id: str) -> None:
    item = view.actor_item(actor_id)
    assert item.isVisible(), f"{actor_id} is not visible"
    view.ensureVisible(item, 0, 0)
    pos = view.mapFromScene(item.sceneBoundingRect().center())
    assert view.viewport().rect().contains(pos)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def toolbar_button(window: MainWindow, action_name: str) -> QWidget:
    """The button of an action on a toolbar, or in the menu bar's corner (A− and A+)."""
    action = getattr(window, action_name)
    widgets: list[QWidget | None] = [bar.widgetForAction(action) for bar in (window.toolbar, window.change_bar)]
    widgets += [b for b in window.text_size_buttons if b.defaultAction() is action]
    widget = next(w for w in widgets if w is not None)
    assert widget.isVisible()
    return widget


def busiest_actor(window: MainWindow) -> str:
    """The active, non-market actor that carries the most at the baseline (removing it re-routes)."""
    network = window.network
    base = window.assessment.baseline.actor_flow
    candidates = [a for a in network.actor_ids if a not in network.market_actors and not network.actors[a].latent]
    return max(candidates, key=lambda a: (base[a], a))


def assert_routes_match(window: MainWindow, expected: Assessment, month: int = 0) -> None:
    """Every route's width, line style and label follow the model's result for this month; the
    largest changes (as the model orders them) have their label shown."""
    changes = compare(expected.baseline, expected.timeline.at(month).flow)
    for biggest in (changes.rerouted[:LABELS_PER_KIND], changes.lost[:LABELS_PER_KIND]):
        for change in biggest:
            assert window.view.route_item((change.from_, change.to)).label.isVisible(), change
    if expected.plan.is_baseline:
        assert window.view.network_scene.labelled_routes() == []
    baseline = expected.baseline
    largest = max(baseline.route_flow.values())
    flow = expected.timeline.at(month).flow
    for key, before in baseline.route_flow.items():
        item = window.view.route_item(key)
        after = flow.route_flow[key]
        pen = item.pen()
        assert item.width == pytest.approx(route_width(after, largest)), key
        if expected.plan.is_baseline or abs(after - before) <= 1e-6:
            assert item.label.text() == "", key
            assert pen.color().rgb() not in (GAINED.rgb(), LOST.rgb()), key
        elif after > before:
            assert item.label.text() == format_delta(after - before), key
            assert pen.style() == Qt.PenStyle.SolidLine and pen.color().rgb() == GAINED.rgb(), key
        else:
            assert item.label.text() == format_delta(after - before), key
            assert item.label.text().startswith("\u2212"), key
            assert pen.style() == Qt.PenStyle.DashLine and pen.color().rgb() == LOST.rgb(), key


def test_clicking_every_actor_opens_its_panel_with_name_and_sources(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    qtbot.mouseClick(toolbar_button(window, "explore_action"), Qt.MouseButton.LeftButton)
    assert window.explore
    for actor in window.scenario.actors:
        with qtbot.waitSignal(window.view.actor_selected, timeout=1000) as blocker:
            click_actor(qtbot, window.view, actor.id)
        assert blocker.args == [actor.id]
        assert window.side.currentWidget() is window.actor_panel
        assert window.actor_panel.name.text() == actor.name
        text = window.actor_panel.text()
        for source in actor.sources:
            assert source.publisher in text and source.title in text, (actor.id, source)
        assert window.view.actor_item(actor.id).isSelected()
        if not actor.latent:  # in the words of its trade: "Makes 12 units a month now (baseline: 12)"
            base = window.assessment.baseline.actor_flow[actor.id]
            verb = window.scenario.kind_of(actor.id).flow
            units = window.scenario.vocabulary.unit.for_count(round(base, 1))  # "1 unit", "12 units"
            expected = f"{verb} {format_amount(base)} {units} a month now (baseline: {format_amount(base)})."
            assert window.actor_panel.flow.text().startswith(expected), (actor.id, window.actor_panel.flow.text())


def test_next_and_previous_walk_every_stage_and_back(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    scenario, network = window.scenario, window.network
    total = len(scenario.stages)

    def check(index: int) -> None:
        assert window.stage_index == index
        assert window.stage_title.text().startswith(f"Stage {index + 1} of {total}")
        assert scenario.stages[index].title in window.stage_panel.text()
        has_actors = window.view.network_scene.stage_has_actors(index)
        for actor in scenario.actors:
            item = window.view.actor_item(actor.id)
            order = network.stage_order[actor.stage]
            assert item.isVisible() == (order <= index), (index, actor.id)
            if item.isVisible():
                current = order == index or not has_actors
                assert item.current_stage == current, (index, actor.id)
                assert item.fade == pytest.approx(1.0 if current else theme.current().context_opacity), (index, actor.id)

    check(0)
    assert not window.previous_action.isEnabled()
    for index in range(1, total):
        with qtbot.waitSignal(window.stage_changed, timeout=1000):
            qtbot.mouseClick(toolbar_button(window, "next_action"), Qt.MouseButton.LeftButton)
        check(index)
    assert not window.next_action.isEnabled()
    for index in range(total - 2, -1, -1):
        with qtbot.waitSignal(window.stage_changed, timeout=1000):
            qtbot.mouseClick(toolbar_button(window, "previous_action"), Qt.MouseButton.LeftButton)
        check(index)
    assert window.progress.value() == total


class PaintCounter(QObject):
    """Counts the paint events every widget of a window receives."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.append(type(watched).__name__)
        return False


def test_a_stage_change_is_drawn_once_it_is_whole_never_half_way(qtbot: QtBot, make_window: WindowFactory) -> None:
    # The tour's progress bar painted itself, and the window behind it, in the middle of the change
    # (QProgressBar.setValue repaints at once): 20-30 ms of each first visit to a stage, spent drawing
    # a picture that was not yet the new stage's.
    window = make_window()
    qtbot.waitExposed(window)
    counter = PaintCounter()
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        widget.installEventFilter(counter)
    for index in range(1, len(window.scenario.stages)):
        window.next_action.trigger()  # the change alone (a click would also let Qt paint the pressed button)
        assert window.stage_index == index
        assert counter.painted == [], f"painted during the change to stage {index + 1}: {sorted(set(counter.painted))}"
        qtbot.waitUntil(lambda: window.progress.text() == window.describer.progress(len(window.session.seen)))
        qtbot.waitUntil(lambda: "QProgressBar" in counter.painted)  # the new progress is painted, after the change
        counter.painted.clear()


def test_remove_changes_routes_as_the_model_says_and_undo_redo_reset_return(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.set_explore(True)
    target = busiest_actor(window)
    baseline = assess(window.network, Plan())
    after = assess(window.network, Plan(removed=(target,)))
    assert after.impact.rerouted or after.impact.lost
    assert_routes_match(window, baseline)

    click_actor(qtbot, window.view, target)
    with qtbot.waitSignals([window.view.transition_finished, window.plan_changed], timeout=1000):
        qtbot.mouseClick(window.actor_panel.remove_button, Qt.MouseButton.LeftButton)
    assert window.plan == Plan(removed=(target,))
    assert window.view.actor_item(target).removed
    assert window.actor_panel.restore_button.isVisible() and not window.actor_panel.remove_button.isVisible()
    assert_routes_match(window, after)
    name = window.network.actors[target].name
    sentence = window.impact.sentence.text()
    assert name in sentence and "%" in sentence and "after 12 months" not in sentence, "the months are not told before they play"
    assert "Play the months" in sentence
    window.impact.slider.setValue(12)
    assert "after 12 months" in window.impact.sentence.text()
    assert "illustrative" in window.impact.tag.text()

    with qtbot.waitSignal(window.plan_changed, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.plan.is_baseline and not window.view.actor_item(target).removed
    assert_routes_match(window, baseline)

    with qtbot.waitSignal(window.plan_changed, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert_routes_match(window, after)

    with qtbot.waitSignal(window.plan_changed, timeout=1000):
        qtbot.mouseClick(toolbar_button(window, "reset_action"), Qt.MouseButton.LeftButton)
    assert window.plan.is_baseline
    assert_routes_match(window, baseline)
    assert all(not item.removed for item in window.view.actor_items())


def test_removals_add_up(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.set_explore(True)
    first = busiest_actor(window)
    window.remove_actor(first)
    second = busiest_actor(window)
    if second == first:
        base = window.assessment.immediate.actor_flow
        second = max((a for a in window.network.actor_ids if a != first and a not in window.network.market_actors), key=lambda a: base[a])
    click_actor(qtbot, window.view, second)
    with qtbot.waitSignal(window.plan_changed, timeout=1000):
        qtbot.mouseClick(window.actor_panel.remove_button, Qt.MouseButton.LeftButton)
    assert window.plan.removed == (first, second)
    assert_routes_match(window, assess(window.network, Plan(removed=(first, second))))
    assert window.view.actor_item(first).removed and window.view.actor_item(second).removed


def test_restore_this_actor_brings_back_the_baseline(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.set_explore(True)
    target = busiest_actor(window)
    window.remove_actor(target)
    click_actor(qtbot, window.view, target)
    with qtbot.waitSignal(window.plan_changed, timeout=1000):
        qtbot.mouseClick(window.actor_panel.restore_button, Qt.MouseButton.LeftButton)
    assert window.plan.is_baseline
    assert_routes_match(window, assess(window.network, Plan()))


def test_the_change_animates_in_under_a_second(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(animations=True)
    window.set_explore(True)
    target = busiest_actor(window)
    change = assess(window.network, Plan(removed=(target,))).impact.lost[0]
    item = window.view.route_item((change.from_, change.to))
    start_width = item.width
    transition = window.view._transition
    assert transition.duration() < 1000
    window.remove_actor(target)
    # Halfway through, whatever the machine's load: the animation's clock is set, not waited for.
    transition.pause()
    transition.setCurrentTime(transition.duration() // 2)
    halfway = item.width
    with qtbot.waitSignal(window.view.transition_finished, timeout=10000):
        transition.resume()
    assert item.width < halfway < start_width, "the width passes through values in between"


def test_keyboard_only_walk_from_first_stage_to_last_select_and_remove(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    view = window.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    total = len(window.scenario.stages)
    for index in range(1, total):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)  # in the network, as a presentation clicker sends it
        assert window.stage_index == index
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert window.stage_index == total - 2
    qtbot.keyClick(view, Qt.Key.Key_Right)  # no actor focused: the arrow moves the tour
    assert window.stage_index == total - 1
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    first = view.focused_actor()
    assert first is not None
    scene = view.network_scene
    step = 1 if scene.column_of[first] + 1 < len(scene.columns) else -1
    qtbot.keyClick(view, Qt.Key.Key_Right if step == 1 else Qt.Key.Key_Left)
    moved = view.focused_actor()
    assert moved is not None and moved != first
    assert scene.column_of[moved] == scene.column_of[first] + step
    qtbot.keyClick(view, Qt.Key.Key_Left if step == 1 else Qt.Key.Key_Right)
    back = view.focused_actor()
    assert back is not None and scene.column_of[back] == scene.column_of[first]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.focused_actor() != back
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.focused_actor() == back
    first = back
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.selected == first
    assert window.side.currentWidget() is window.actor_panel
    assert window.actor_panel.name.text() == window.network.actors[first].name
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert window.plan.removed == (first,)
    assert window.view.actor_item(first).removed
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.selected is None and window.side.currentWidget() is window.stage_panel
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.plan.is_baseline


def test_larger_and_smaller_text_scale_widgets_and_node_labels(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    actor_id = window.scenario.actors[0].id
    node_size = window.view.network_scene.metrics.font.pointSizeF()
    panel_size = window.stage_panel.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.text_scale > 1.2
    assert window.view.network_scene.metrics.font.pointSizeF() > node_size * 1.2
    assert window.stage_panel.font().pointSizeF() > panel_size * 1.2
    assert window.view.actor_item(actor_id).isVisible()
    for _ in range(4):
        qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.network_scene.metrics.font.pointSizeF() < node_size
    assert not window.smaller_action.isEnabled()


def test_quiz_answer_then_explanation_and_teacher_notes_toggle(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    index = next(i for i, s in enumerate(window.scenario.stages) if s.quiz and s.teacher_notes)
    window.go_to_stage(index)
    card = window.stage_panel.quiz_cards[0]
    question = card.question
    assert not card.explanation.isVisible()
    wrong = next(i for i in range(len(question.choices)) if i != question.correct)
    window.stage_panel.ensureWidgetVisible(card.choices[wrong])
    qtbot.mouseClick(card.choices[wrong], Qt.MouseButton.LeftButton)
    assert card.explanation.isVisible()
    assert question.explanation.split()[0] in card.explanation.toPlainText()
    assert card.verdict.text().startswith("Not quite")
    assert not card.choices[question.correct].isEnabled()
    toggle = window.stage_panel.teacher_toggle
    notes = window.stage_panel.teacher_notes
    assert toggle is not None and notes is not None and not notes.isVisible()
    window.stage_panel.ensureWidgetVisible(toggle)
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert notes.isVisible()
    assert window.scenario.stages[index].teacher_notes.prompts[0].question[:20] in notes.toPlainText()  # type: ignore[union-attr]


def test_panel_shows_facts_misconception_and_sources(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    for index, stage in enumerate(window.scenario.stages):
        window.go_to_stage(index)
        text = window.stage_panel.text()
        assert stage.title in text
        for fact in stage.key_facts:
            assert fact.sources[0].publisher in text
        for myth in stage.misconceptions:
            assert "What the evidence says" in text and myth.sources[0].publisher in text


def test_links_open_in_the_system_browser_only_on_click(qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    window = make_window()
    for index in range(len(window.scenario.stages)):
        window.go_to_stage(index)
    assert opened == []
    block = window.stage_panel.blocks[0]
    assert not block.openLinks() and not block.openExternalLinks()
    block.anchorClicked.emit(QUrl("https://example.org/report"))
    block.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert [u.toString() for u in opened] == ["https://example.org/report"]


def test_policy_presets_apply_and_undo(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    if not window.scenario.presets:
        pytest.fail("the scenario should offer presets")
    window.go_to_stage(len(window.scenario.stages) - 1)
    preset = window.scenario.presets[0]
    button = window.stage_panel.preset_buttons[preset.id]
    window.stage_panel.ensureWidgetVisible(button)
    with qtbot.waitSignal(window.plan_changed, timeout=1000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.plan == Plan.from_preset(preset)
    assert preset.name in window.impact.sentence.text()
    assert window.policy_button.isEnabled() and window.policy_button.isVisible()
    presets_in_menu = [a.text() for a in window.policy_menu.actions() if isinstance(a.data(), str)]
    assert presets_in_menu == [p.name for p in window.scenario.presets]
    assert window.policy_menu.actions()[0] is window.lab_action, "the policy lab heads the Policies menu"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.plan.is_baseline
    other = window.scenario.presets[-1]
    with qtbot.waitSignal(window.plan_changed, timeout=1000):
        window.policy_menu.actions()[-1].trigger()  # the same presets from the Policies menu
    assert window.plan == Plan.from_preset(other)
    assert window.undo_stack.canUndo()


def test_month_slider_moves_the_network_to_that_month(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.set_explore(True)
    target = busiest_actor(window)
    window.remove_actor(target)
    expected = assess(window.network, Plan(removed=(target,)))
    with qtbot.waitSignal(window.month_changed, timeout=1000):
        window.impact.slider.setValue(12)
    assert window.month == 12
    assert_routes_match(window, expected, month=12)
    assert "month 12" in window.impact.numbers.text()
    qtbot.mouseClick(window.impact.step_back, Qt.MouseButton.LeftButton)
    assert window.month == 11
    assert_routes_match(window, expected, month=11)
    play = window.impact.play
    assert (play.isChecked(), play.accessibleName(), play.text()) == (False, "Play", "Play")
    assert play.toolTip() == "Play the months after the change"
    playing_icon = play.icon().cacheKey()
    with qtbot.waitSignal(window.month_changed, timeout=2000) as blocker:
        qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert blocker.args == [12]
    assert (play.isChecked(), play.accessibleName(), play.text(), play.toolTip()) == (True, "Pause", "Pause", "Pause the months")
    assert play.icon().cacheKey() != playing_icon, "the pause icon replaces the play icon"
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert (play.isChecked(), play.accessibleName(), play.text()) == (False, "Play", "Play") and window.month == 12


def test_hover_highlights_the_actor_and_its_routes(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.set_explore(True)
    target = busiest_actor(window)
    view = window.view
    item = view.actor_item(target)
    view.ensureVisible(item, 0, 0)  # the network may be larger than the view: the learner scrolls to it
    qtbot.mouseMove(view.viewport(), QPoint(2, 2))
    qtbot.mouseMove(view.viewport(), view.mapFromScene(item.sceneBoundingRect().center()))
    qtbot.waitUntil(lambda: view.network_scene.hovered == target, timeout=1000)
    for key, route in view.network_scene.routes.items():
        assert route.emphasis == (target in key), key
    assert window.network.actors[target].name in item.toolTip()
    qtbot.mouseMove(view.viewport(), QPoint(2, 2))
    qtbot.waitUntil(lambda: view.network_scene.hovered is None, timeout=1000)
    assert all(route.emphasis is None for route in view.network_scene.routes.values())


def test_latent_entrants_are_faint_and_dotted_until_they_enter(make_window: WindowFactory) -> None:
    window = make_window(SMALL)
    window.set_explore(True)
    latent = window.view.actor_item("new_cell")
    assert latent.is_latent_waiting
    route = window.view.route_item(("new_cell", "street"))
    assert route.faint and route.pen().style() == Qt.PenStyle.DotLine  # dashes mean lost flow only
    window.remove_actor("group_a")
    entered_at = next(m.month for m in window.assessment.timeline.months if "new_cell" in m.conditions.entered)
    window.set_month(entered_at)
    assert not latent.is_latent_waiting
    assert not route.faint
    assert route.change == RouteItem.GAINED and route.pen().style() == Qt.PenStyle.SolidLine


def test_explore_freely_shows_every_actor_and_markers_switch_off(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    hidden = [a.id for a in window.scenario.actors if not window.view.actor_item(a.id).isVisible()]
    assert hidden, "stage 1 should hide the later stages"
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.explore and window.stage_title.text().startswith("Exploring freely")
    assert all(item.isVisible() and item.fade == 1.0 for item in window.view.actor_items())
    markers = window.view.network_scene._active_markers
    assert markers and all(m.isVisible() for m in markers)
    window.markers_action.trigger()
    assert not any(m.isVisible() for m in window.view.network_scene.markers)
    window.markers_action.trigger()
    assert all(m.isVisible() for m in window.view.network_scene._active_markers)


def test_a_name_too_long_for_its_box_shows_the_short_name_and_the_panel_the_full_one(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(size=(1280, 720))
    qtbot.mouseClick(toolbar_button(window, "explore_action"), Qt.MouseButton.LeftButton)
    cjng = window.scenario.actor("cjng")
    assert cjng.short_name == "CJNG"
    assert window.view.actor_item("cjng").label_lines() == ["CJNG"]
    with qtbot.waitSignal(window.view.actor_selected, timeout=1000):
        click_actor(qtbot, window.view, "cjng")
    assert window.actor_panel.name.text() == cjng.name


def test_a_name_that_fits_is_shown_whole(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(path=SMALL, size=(1920, 1080))
    qtbot.mouseClick(toolbar_button(window, "explore_action"), Qt.MouseButton.LeftButton)
    assert " ".join(window.view.actor_item("group_a").label_lines()) == "Group A"


def test_the_sentence_says_what_happened_in_the_models_numbers(qtbot: QtBot, make_window: WindowFactory) -> None:
    """On the small example, removing Group A moves 30 of its 70 units to Group B at once (worked out
    by hand from docs/examples/small.yaml). Once twelve months are played: the new cell has entered and
    Group B has grown, but they cost more than Group A did, so the price stays 37.5% up and 85% of the
    supply is bought (tests/model/test_simulation.py). Removing Group B next leaves nothing that can
    take over at once."""
    window = make_window(path=SMALL)
    window.set_explore(True)
    click_actor(qtbot, window.view, "group_a")
    with qtbot.waitSignal(window.plan_changed, timeout=1000):
        qtbot.mouseClick(window.actor_panel.remove_button, Qt.MouseButton.LeftButton)
    assert window.impact.sentence.text() == (
        "Group A carried 88% of the supply reaching US streets (70 of 80 units a month). "
        "At once, 30 of its 70 units went elsewhere, mostly through Group B. "
        "Right after, 50% of the baseline supply reaches US streets. Play the months to see what happens next."
    )
    assert window.impact.numbers.text().endswith("trafficking groups 1 (baseline 2)")
    window.impact.slider.setValue(12)  # the months played: now the sentence tells the twelfth
    qtbot.waitUntil(lambda: "By month 12" in window.impact.sentence.text(), timeout=3000)
    assert window.impact.sentence.text().endswith(
        "Right after, 50% of the baseline supply reaches US streets; after 12 months, 85%. "
        "By month 12, the recovery ran mostly through new entrants (New transport cell) and survivors that grew (Group B). "
        "Under this model's assumptions the replacements cost more, so the price stays 38% above the baseline and less is bought."
    )

    click_actor(qtbot, window.view, "group_b")
    with qtbot.waitSignal(window.plan_changed, timeout=1000):
        qtbot.mouseClick(window.actor_panel.remove_button, Qt.MouseButton.LeftButton)
    later = assess(window.network, Plan(removed=("group_a", "group_b"))).timeline.at(12).share_of_baseline
    window.impact.slider.setValue(24)
    qtbot.waitUntil(lambda: "By month 12" in window.impact.sentence.text(), timeout=3000)
    assert window.impact.sentence.text() == (
        "With 1 other change already made, Group B carried 100% of the supply still reaching US streets "
        "(40 of 40 units a month). None of it could go elsewhere at once: the others had no spare capacity. "
        f"Right after, 0% of the baseline supply reaches US streets; after 12 months, {later * 100:.0f}%. "
        "By month 12, the recovery ran mostly through new entrants: New transport cell."
    )
    assert 0 < later < 1  # the new transport cell enters, but cannot replace both groups


def test_at_the_largest_text_every_control_stays_on_screen(qtbot: QtBot, make_window: WindowFactory) -> None:
    """For the back of the classroom on a 1280x720 projector: press A+ until it stops; every
    toolbar button and the month controls are still inside the window, none cut off."""
    window = make_window(size=(1280, 720))
    larger = toolbar_button(window, "larger_action")
    while window.larger_action.isEnabled():
        qtbot.mouseClick(larger, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.toolbar.geometry().bottom() < window.change_bar.geometry().top(), timeout=1000)
    inside = window.rect()
    for name in ("previous_action", "next_action", "explore_action", "undo_action", "redo_action", "reset_action",
                 "smaller_action", "larger_action"):  # fmt: skip
        button = toolbar_button(window, name)
        box = button.rect().translated(button.mapTo(window, QPoint(0, 0)))
        assert inside.contains(box), name
    for control in (window.impact.play, window.impact.step_back, window.impact.step_forward, window.impact.slider):
        assert control.isVisible()
        box = control.rect().translated(control.mapTo(window, QPoint(0, 0)))
        assert inside.contains(box)

    smaller = toolbar_button(window, "smaller_action")
    while window.smaller_action.isEnabled():
        qtbot.mouseClick(smaller, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.toolbar.geometry().top() == window.change_bar.geometry().top(), timeout=1000)


def test_the_dea_view_and_the_critique_stand_side_by_side_with_sources(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    window = make_window()
    stage_index = next(i for i, s in enumerate(window.scenario.stages) if s.id == "transport")
    window.go_to_stage(stage_index)
    stage = window.scenario.stages[stage_index]
    panel_text = window.stage_panel.text()
    assert "Two views, side by side" in panel_text
    for perspective in stage.perspectives:
        assert perspective.who in panel_text
        assert perspective.sources[0].publisher in panel_text

    button = window.stage_panel.compare_button
    assert button is not None
    window.stage_panel.ensureWidgetVisible(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.stage_panel.perspectives_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    first, second = dialog.columns
    assert first.geometry().right() < second.geometry().left(), "the two views stand next to each other"
    assert abs(first.geometry().top() - second.geometry().top()) <= 2
    assert "DEA" in first.findChildren(QLabel)[0].text() and "InSight Crime" in second.findChildren(QLabel)[0].text()
    assert first.width() > 300 and second.width() > 300

    link = next(b for b in second.findChildren(QTextBrowser) if "InSight Crime" in b.toPlainText())
    link.anchorClicked.emit(QUrl("https://insightcrime.org/investigations/chemical-precursors-mexico-synthetic-drug-trade/"))
    assert [u.host() for u in opened] == ["insightcrime.org"]
    with qtbot.waitSignal(dialog.finished, timeout=1000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_the_text_size_is_remembered_for_next_time(qtbot: QtBot, make_window: WindowFactory, fresh_settings: Path) -> None:
    window = make_window(store=user_settings())
    larger = toolbar_button(window, "larger_action")
    for _ in range(2):
        qtbot.mouseClick(larger, Qt.MouseButton.LeftButton)
    assert window.text_scale == pytest.approx(1.3)
    window.close()
    again = make_window(store=user_settings())
    assert again.text_scale == pytest.approx(1.3)
    assert any(fresh_settings.rglob("*.ini")), "saved in the settings folder (a temporary one here)"
    assert make_window().text_scale == 1.0, "pictures and tests use no saved settings"
    assert again.font().pointSizeF() == pytest.approx(again.base_points * again.effective_text_scale)

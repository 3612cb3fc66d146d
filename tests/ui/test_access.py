"""What a screen reader gets from the window, through Qt's accessibility interfaces (the same ones
the AT-SPI bridge reads; docs/tools/atspi_tree.py checks the bridge itself): the network's actors in
stage order with their state and flows, the changed routes, focus events from the arrow keys,
announcements of the "What happened" sentence and status messages, the data table, and names that
read well."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface

from tests.ui.conftest import SMALL, WindowFactory
from ui.lesson.picture import ActorStatus
from ui.lesson.spoken import Spoken

NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description
SIGNS = "\u25c0\u25b6\u25be\u2190"


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any, str]]:
    """Every accessibility event the app sends, as (kind, child index or politeness, what it names or says)."""
    events: list[tuple[str, Any, str]] = []
    original = QAccessible.updateAccessibility

    def record(event: Any) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            events.append(("announcement", event.politeness(), event.message()))
        elif event.type() == QAccessible.Event.Focus:
            target = event.accessibleInterface()
            events.append(("focus", event.child(), target.text(NAME) if target is not None else ""))
        elif event.type() == QAccessible.Event.ObjectReorder:
            target = event.accessibleInterface()
            events.append(("reorder", event.child(), target.text(NAME) if target is not None else ""))
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return events


def busiest(window: Any) -> str:
    flows = window.assessor.baseline.actor_flow
    return str(max(flows, key=lambda a: flows[a]))


def walk(iface: QAccessibleInterface, depth: int = 0) -> Iterator[QAccessibleInterface]:
    yield iface
    if depth < 30:
        for i in range(iface.childCount()):
            child = iface.child(i)
            if child is not None:
                yield from walk(child, depth + 1)


def test_the_network_lists_each_shown_actor_in_stage_order_then_the_changed_routes(make_window: WindowFactory) -> None:
    window = make_window()
    window.go_to_stage(3)
    removed = busiest(window)
    window.remove_actor(removed)
    spoken = Spoken(window.describer)
    net = QAccessible.queryAccessibleInterface(window.view)
    picture = window.view.network_scene.picture
    shown = [a for a, item in window.view.network_scene.actors.items() if item.isVisible()]
    assert net.childCount() == len(shown) + 1
    actors = [net.child(i) for i in range(len(shown))]
    assert [a.text(NAME) for a in actors] == [spoken.actor_name(a, picture.actors[a].status) for a in spoken.stage_order(shown)]
    gone = next(a for a in actors if a.text(NAME).startswith(window.describer.name(removed)))
    assert gone.text(NAME).endswith("(removed)") and "baseline" in gone.text(DESCRIPTION)
    assert all(net.indexOfChild(a) == i and a.parent() is net for i, a in enumerate(actors))
    hidden = [a for a, item in window.view.network_scene.actors.items() if not item.isVisible()]
    assert hidden and not {window.describer.name(a) for a in hidden} & {a.text(NAME) for a in actors}
    changes = net.child(len(shown))
    routes = spoken.changed_routes(picture)
    assert changes.role() == QAccessible.Role.List and changes.childCount() == len(routes) > 0
    assert [changes.child(i).text(NAME) for i in range(changes.childCount())] == [spoken.route_name(r) for r in routes]
    assert "Stage 4" in net.text(DESCRIPTION) and f"{len(routes)} routes changed" in net.text(DESCRIPTION)


def test_the_screen_reader_hears_when_the_network_shows_other_actors_or_other_changed_routes(
    make_window: WindowFactory, qtbot: Any, sent: list
) -> None:
    # The list of actors is the network's children: without an event, a screen reader that had read it
    # kept the list of the stage before.
    window = make_window()
    net = QAccessible.queryAccessibleInterface(window.view)
    network, changes = net.text(NAME), net.child(net.childCount() - 1)
    before = net.childCount()

    def reorders() -> list[str]:
        found = [name for kind, _child, name in sent if kind == "reorder"]
        sent.clear()
        return found

    window.next_action.trigger()
    assert net.childCount() != before and reorders() == [network], "a new stage shows other actors"
    window.select_actor(busiest(window))
    assert reorders() == [], "selecting an actor changes neither list"
    window.remove_actor(busiest(window))
    assert changes.childCount() > 0 and changes.text(NAME) in reorders(), "the changed routes are new"
    window.explore_action.trigger()
    assert network in reorders(), "exploring freely shows every actor"


def test_the_arrow_keys_tell_the_screen_reader_which_actor_has_the_focus(make_window: WindowFactory, qtbot: Any, sent: list) -> None:
    window = make_window()
    window.go_to_stage(3)
    net = QAccessible.queryAccessibleInterface(window.view)
    window.view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: window.view.focused_actor() is not None)
    first = window.view.focused_actor()
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    second = window.view.focused_actor()
    assert second is not None and second != first
    focus = [(child, name) for kind, child, name in sent if kind == "focus" and child >= 0]
    assert focus[-1][1] == window.describer.name(second)
    element = net.child(focus[-1][0])
    assert element.state().focused and net.focusChild() is element
    assert window.view.network_scene.picture.actors[second].status is ActorStatus.ACTIVE


def test_the_sentence_and_status_messages_are_announced_once_each_time_they_change(make_window: WindowFactory, sent: list) -> None:
    window = make_window()
    heard: list[tuple[str, str]] = []
    window.access.announcer.announced.connect(lambda channel, text: heard.append((channel, text)))
    removed = busiest(window)
    window.remove_actor(removed)
    announced = [text for kind, _politeness, text in sent if kind == "announcement"]
    assert window.impact.sentence.text() in announced
    assert window.statusBar().currentMessage() in announced
    assert ("sentence", window.impact.sentence.text()) in heard
    count = len(announced)
    window.impact.set_sentence(window.impact.sentence.text())  # the same words again: nothing new to say
    assert len([kind for kind, *_ in sent if kind == "announcement"]) == count
    window.undo_action.trigger()
    assert [text for kind, _p, text in sent if kind == "announcement"][count:], "undoing says what happened"
    window.remove_actor(removed)
    window.statusBar().clearMessage()
    before = len(sent)
    window.remove_actor(removed)  # already removed: the notice, said again once the last one has gone
    assert sent[before:] == [("announcement", QAccessible.AnnouncementPoliteness.Polite, window.describer.already_removed(removed))]


# The offscreen platform, when the table's dialog is sized and comes to the front.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints", "This plugin does not support raise")
def test_view_data_table_shows_the_charts_numbers_for_the_months_played(make_window: WindowFactory) -> None:
    window = make_window()
    window.remove_actor(busiest(window))
    assert window.access.data_table_action in [a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()]
    window.access.data_table_action.trigger()
    dialog = window.access.table
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == 1 and "illustrative" in dialog.caption.text().lower()
    window.set_month(3)
    assessment = window.assessment
    assert dialog.table.rowCount() == 4
    expected = Spoken(window.describer).data_table(assessment, 3)
    assert [dialog.table.item(3, c).text() for c in range(dialog.table.columnCount())] == list(expected.rows[3])
    table = QAccessible.queryAccessibleInterface(dialog.table)
    assert table.role() == QAccessible.Role.Table and table.text(NAME) == "Data table"
    assert expected.rows[3][1] in {cell.text(NAME) for cell in walk(table)}
    dialog.close()


def test_names_read_well_and_no_name_or_description_carries_signs_or_markup(make_window: WindowFactory) -> None:
    window = make_window()
    window.go_to_stage(1)
    name = lambda widget: QAccessible.queryAccessibleInterface(widget).text(NAME)  # noqa: E731
    assert name(window.toolbar.widgetForAction(window.previous_action)) == "Previous stage"
    assert name(window.impact.play) == "Play"
    assert name(window.progress) == f"Seen 2 of {len(window.scenario.stages)} stages"
    for pane in (window.stage_panel, window.actor_panel, window.impact.words_scroll, window.stage_column):
        assert name(pane)
    assert all(name(block) for block in window.stage_panel.blocks if block.toPlainText().strip())
    texts = [(iface.text(NAME), iface.text(DESCRIPTION)) for iface in walk(QAccessible.queryAccessibleInterface(window))]
    assert len(texts) > 100
    assert not [n for n, _d in texts if any(sign in n for sign in SIGNS)]
    assert not [d for _n, d in texts if "<p" in d]


def test_a_new_scenario_replaces_the_networks_elements_safely(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    old = QAccessible.queryAccessibleInterface(window.view)
    assert old.childCount() > 1
    assert window.open_scenario(SMALL)
    qtbot.wait(50)  # the old view is deleted later
    net = QAccessible.queryAccessibleInterface(window.view)
    names = {net.child(i).text(NAME) for i in range(net.childCount() - 1)}
    assert names <= {actor.name for actor in window.scenario.actors} and names


def test_a_new_stage_is_announced_and_the_chart_says_where_its_numbers_are(make_window: WindowFactory, qtbot: Any, sent: list) -> None:
    window = make_window()
    window.next_action.trigger()
    assert ("announcement", QAccessible.AnnouncementPoliteness.Polite, window.current_stage_title()) in sent
    qtbot.waitUntil(lambda: window.chart is not None, timeout=20000)
    assert "Data table" in QAccessible.queryAccessibleInterface(window.chart).text(DESCRIPTION)


def test_the_side_panel_says_when_it_asks_for_a_prediction_or_opens_an_actor(make_window: WindowFactory, sent: list) -> None:
    window = make_window(predict=True)
    removed = busiest(window)
    window.remove_actor(removed)
    said = [text for kind, _p, text in sent if kind == "announcement"]
    assert said[-1] == Spoken(window.describer).prediction_prompt(window.describer.remove_command(removed))
    window.sessions.update(lambda s: s.drop_pending())
    window.go_to_stage(3)
    actor = window.view.network_scene.visible_actors()[-1].actor_id
    window.select_actor(actor)
    said = [text for kind, _p, text in sent if kind == "announcement"]
    assert said[-1].startswith(window.describer.name(actor)) and "illustrative" in said[-1]

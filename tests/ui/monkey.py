"""A seeded random-action driver of the real window, and the invariants checked after every action.

The monkey does what a class of learners does: walks the tour, clicks actors, moves with the keyboard,
removes and restores, undoes and redoes, resets, applies policies, plays the months, changes the text
size, opens and closes dialogs, predicts, answers the quiz, opens good and bad scenario files. After
each action: the network shows exactly the model's flows for the plan and month, the undo stack and the
plan agree, and resetting gives back exactly the baseline. Any exception in Python code Qt called is
reported through sys.excepthook, which the test (pytest-qt) or the benchmark turns into a failure.

Used by tests/ui/test_monkey.py (CI: 2,000 actions, a fixed seed) and benchmarks/bench_soak.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from model.interventions import Plan
from ui.commands import PlanCommand
from ui.window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
GOOD_FILES = [ROOT / "docs" / "examples" / "small.yaml", ROOT / "tests" / "fixtures" / "invented_trade.yaml"]
BAD_FILES = [
    ROOT / "tests" / "fixtures" / "hostile" / "markup_in_invalid_value.yaml",
    ROOT / "tests" / "fixtures" / "hostile" / "merge_key.yaml",
]


class Monkey:
    """Random actions on a window, and the checks after each (``check``)."""

    def __init__(self, window: MainWindow, seed: int, open_files: bool = True) -> None:
        self.window = window
        self.rng = random.Random(seed)
        self.open_files = open_files
        self.done: list[str] = []
        self.actions: list[tuple[float, Callable[[], None]]] = [
            (6, self.click_actor),
            (3, self.keyboard),
            (4, self.remove_selected),
            (2, self.restore_selected),
            (3, self.undo),
            (2, self.redo),
            (1, self.reset),
            (2, self.preset),
            (3, self.month),
            (3, self.stage),
            (1, self.explore),
            (1, self.text_size),
            (1, self.dialog),
            (2, self.predict),
            (1, self.quiz),
            (1, self.challenge),
            (0.3 if open_files else 0, self.open_file),
            (0.5, self.profile),
            (0.4, self.presenting),
            (0.4, self.teacher_notes),
            (0.4, self.data_table),
            (0.3, self.session_round_trip),
        ]
        self.folder: Path | None = None  # where session_round_trip saves (a test's temporary folder)
        # The plan the undo history starts from: the baseline, or an opened session's plan (opening a
        # session or a scenario starts the history afresh).
        self.base_plan = Plan()

    def step(self) -> str:
        weights = [w for w, _a in self.actions]
        _w, action = self.rng.choices(self.actions, weights=weights)[0]
        action()
        QApplication.processEvents()
        self.done.append(action.__name__)
        return action.__name__

    # actions ----------------------------------------------------------------------------------
    def click_actor(self) -> None:
        view = self.window.view
        items = [i for i in view.actor_items() if i.isVisible()]
        if not items:
            return
        item = self.rng.choice(items)
        view.ensureVisible(item, 0, 0)
        point = view.mapFromScene(item.box().center())
        if view.viewport().rect().contains(point):
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)

    def keyboard(self) -> None:
        view = self.window.view
        view.setFocus()
        key = self.rng.choice(
            [Qt.Key.Key_Tab, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Escape]
        )
        if key == Qt.Key.Key_Escape and self.window.session.pending is not None:
            key = Qt.Key.Key_Tab  # Escape cancels a prediction: another action does that
        QTest.keyClick(view, key)

    def remove_selected(self) -> None:
        selected = self.window.session.selected
        if selected is not None and self.window.actor_panel.remove_button.isVisible():
            QTest.mouseClick(self.window.actor_panel.remove_button, Qt.MouseButton.LeftButton)
        elif selected is not None:
            QTest.keyClick(self.window.view, Qt.Key.Key_Delete)

    def restore_selected(self) -> None:
        if self.window.actor_panel.restore_button.isVisible() and self.window.side.currentWidget() is self.window.actor_panel:
            QTest.mouseClick(self.window.actor_panel.restore_button, Qt.MouseButton.LeftButton)

    def undo(self) -> None:
        QTest.keyClick(self.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    def redo(self) -> None:
        QTest.keyClick(self.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    def reset(self) -> None:
        QTest.keyClick(self.window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)

    def preset(self) -> None:
        actions = self.window.policy_menu.actions()
        if actions:
            self._closing_dialogs(self.rng.choice(actions).trigger)  # a plan beyond the model's limits says so in a dialog

    def month(self) -> None:
        impact = self.window.impact
        choice = self.rng.randrange(4)
        if choice == 0:
            impact.slider.setValue(self.rng.randrange(impact.slider.maximum() + 1))
        elif choice == 1:
            QTest.mouseClick(self.rng.choice([impact.step_back, impact.step_forward]), Qt.MouseButton.LeftButton)
        else:
            QTest.mouseClick(impact.play, Qt.MouseButton.LeftButton)

    def stage(self) -> None:
        key, modifier = self.rng.choice(
            [
                (Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier),
                (Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier),
                (Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier),
                (Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier),
            ]
        )
        if self.rng.random() < 0.5:
            QTest.keyClick(self.window, key, modifier)
        else:
            self.window.stage_list.setCurrentRow(self.rng.randrange(self.window.stage_list.count()))

    def explore(self) -> None:
        QTest.keyClick(self.window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    def text_size(self) -> None:
        key = self.rng.choice([Qt.Key.Key_Equal, Qt.Key.Key_Minus])
        QTest.keyClick(self.window, key, Qt.KeyboardModifier.ControlModifier)

    def dialog(self) -> None:
        action = self.rng.choice(
            [
                self.window.about_action,
                self.window.glossary_action,
                self.window.legend_action,
                self.window.keys_action,
                self.window.predictions_action,
            ]
        )
        if action.isEnabled():
            self._closing_dialogs(action.trigger)

    def predict(self) -> None:
        window = self.window
        if window.session.pending is None:
            if self.rng.random() < 0.3:
                window.predict_action.trigger()
            return
        panel = window.prediction.panel
        if panel.page != "ask":
            return
        choice = self.rng.randrange(4)
        if choice == 0:
            panel.now_slider.slider.setValue(self.rng.randrange(101))
            QTest.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
        elif choice == 1:
            QTest.mouseClick(panel.skip_button, Qt.MouseButton.LeftButton)
        elif choice == 2:
            QTest.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
        else:
            self.click_actor()

    def quiz(self) -> None:
        cards = self.window.stage_panel.quiz_cards
        if self.window.side.currentWidget() is not self.window.stage_panel or not cards:
            return
        card = self.rng.choice(cards)
        button = self.rng.choice(card.choices)
        if button.isEnabled():
            self.window.stage_panel.ensureWidgetVisible(button)
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def challenge(self) -> None:
        window = self.window
        card = window.stage_panel.challenge_card
        if card is None or window.side.currentWidget() is not window.stage_panel:
            return
        window.stage_panel.ensureWidgetVisible(card.check_button)
        QTest.mouseClick(card.check_button, Qt.MouseButton.LeftButton)
        stage_id = window.scenario.stages[window.stage_index].id
        expected = window.challenges.check(stage_id, window.session.plan).result
        assert window.session.challenge(stage_id) == expected, (window.session.challenge(stage_id), expected)

    def profile(self) -> None:
        name = self.rng.choice(sorted(self.window.profile_actions))
        self.window.profile_actions[name].trigger()

    def presenting(self) -> None:
        """F5 into presentation mode and out again (Escape clears a selection first, then leaves)."""
        key = self.rng.choice([Qt.Key.Key_F5, Qt.Key.Key_Escape])
        QTest.keyClick(self.window, key)

    def teacher_notes(self) -> None:
        self.window.teacher_action.trigger()
        notes = getattr(self.window, "teacher_window", None)
        if notes is not None and self.rng.random() < 0.5:
            notes.close()

    def data_table(self) -> None:
        self.window.access.data_table_action.trigger()
        table = self.window.access.table
        if table is not None and self.rng.random() < 0.5:
            table.close()

    def session_round_trip(self) -> None:
        """Save the session and open it again: the same plan, month and stage come back."""
        if self.folder is None:
            return
        window = self.window
        before = (window.session.plan, window.session.month, window.stage_index)
        path = self.folder / "monkey.session.json"
        self._closing_dialogs(lambda: window.session_files.save_to(path))
        if path.is_file():
            self._closing_dialogs(lambda: window.session_files.open_session(path))
            assert (window.session.plan, window.session.month, window.stage_index) == before, (before, self.done[-5:])
            assert window.undo_stack.count() == 0, "an opened session starts its undo history afresh"
            self.base_plan = window.session.plan

    def open_file(self) -> None:
        path = self.rng.choice(GOOD_FILES + BAD_FILES)
        before = self.window.scenario
        self._closing_dialogs(lambda: self.window.open_scenario(path))
        if self.window.scenario is not before:  # a new scenario opens at its baseline, with a fresh history
            assert self.window.plan.is_baseline and self.window.undo_stack.count() == 0
            self.base_plan = Plan()

    def _closing_dialogs(self, act: Callable[[], object]) -> None:
        """Run something that may open a modal dialog, and close each dialog it opens."""
        timer = QTimer()
        timer.setInterval(0)

        def close() -> None:
            widget = QApplication.activeModalWidget()
            if isinstance(widget, QMessageBox | QDialog):
                widget.done(0)

        timer.timeout.connect(close)
        timer.start()
        try:
            act()
        finally:
            timer.stop()

    # invariants -------------------------------------------------------------------------------
    def check(self) -> None:
        window = self.window
        session = window.session
        assessment = window.assessor.assess(session.plan)
        flows = assessment.timeline.at(session.month).flow.route_flow
        for key, route in window.view.network_scene.routes.items():
            assert route.flow == flows[key], (key, route.flow, flows[key], self.done[-5:])
        command = window.undo_stack.command(window.undo_stack.index() - 1) if window.undo_stack.index() > 0 else None
        expected = command.after if isinstance(command, PlanCommand) else self.base_plan
        assert session.plan == expected, (session.plan, expected, self.done[-5:])
        for item in window.view.actor_items():
            assert item.removed == (item.actor_id in assessment.timeline.at(session.month).conditions.removed)

    def check_reset_gives_the_baseline(self) -> None:
        window = self.window
        window.predict_action.setChecked(False)
        window.reset_all()
        QApplication.processEvents()
        assert window.plan.is_baseline
        baseline = window.assessor.baseline.route_flow
        window.set_month(0)
        for key, route in window.view.network_scene.routes.items():
            assert route.flow == baseline[key], key
        assert all(not item.removed for item in window.view.actor_items())

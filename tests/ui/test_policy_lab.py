"""The policy lab as a teacher drives it: opened from the Policies menu and the policy stage, two
presets compared to the end (charts, table, sentence, CSV and PNG), a run cancelled and resumed, a plan
changed while it runs, the network of a plan, which actor matters most; and no thread left behind."""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from model.interventions import Plan
from model.simulation import assess
from tests.ui.conftest import SMALL, WindowFactory
from ui.lab.window import PolicyLab
from ui.lesson.lab import LabPlan
from ui.lesson.picture import ActorStatus
from ui.window import MainWindow

RUN_TIMEOUT = 60_000  # worker processes start in a second or two; a loaded test machine may take longer


@pytest.fixture
def no_lab_threads() -> Iterator[None]:
    """Every thread the lab starts (pool, workers' helpers, figures, single runs) has ended after the test."""
    before = set(threading.enumerate())
    yield
    left = [t.name for t in threading.enumerate() if t not in before and t.name != "chart-import"]
    assert not left, f"threads outlived the lab: {left}"


def open_lab(qtbot: QtBot, window: MainWindow) -> PolicyLab:
    window.lab_action.trigger()
    lab = window.policy_lab
    assert lab is not None
    qtbot.addWidget(lab)
    qtbot.waitExposed(lab)
    return lab


def finish(qtbot: QtBot, lab: PolicyLab) -> None:
    if lab.runner.running:
        with qtbot.waitSignal(lab.runs_finished, timeout=RUN_TIMEOUT):
            pass


def test_the_lab_opens_from_the_policies_menu_and_the_policy_stage(qtbot: QtBot, make_window: WindowFactory, no_lab_threads: None) -> None:
    window = make_window(SMALL)
    assert window.policy_menu.actions()[0] is window.lab_action
    lab = open_lab(qtbot, window)
    assert lab.isVisible() and lab.windowTitle().startswith("Policy lab")
    assert [p.presets for p in lab.plans] == [("remove_group_a",), ("demand_down",)], "it starts from the scenario's presets"
    finish(qtbot, lab)
    lab.close()
    window.go_to_stage(len(window.scenario.stages) - 1)
    button = window.stage_panel.lab_button
    window.stage_panel.ensureWidgetVisible(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.policy_lab is lab and lab.isVisible(), "the same lab, with its plans, opens again"
    window.close()
    assert not lab.isVisible(), "the lab closes with the explorer"


def test_two_presets_compared_to_the_end(qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, no_lab_threads: None) -> None:
    window = make_window(SMALL)
    lab = open_lab(qtbot, window)
    with qtbot.waitSignal(lab.compare_page.charts.drawn, timeout=RUN_TIMEOUT):
        finish(qtbot, lab)
    assert lab.progress.value() == lab.progress.maximum() == 100
    assert lab.progress.text() == "100 of 100 runs done"
    table = lab.compare_page.table_text()
    assert [row[0] for row in table] == ["Remove Group A", "Reduce demand by 20%"]
    assert table[0][1] == "1" and table[1][1] == "0"
    assert table[0][2].startswith("50%\n1 trafficking group"), "right after, half the supply is gone and one group is left"
    # A fifth less is bought; as the dearest supply is no longer needed the price falls and buyers take
    # back a little, but nobody rebuilds supply toward the old level (85% in the small example).
    assert table[1][5].startswith("85%\n"), "demand reduction lasts"
    headline = lab.compare_page.headline.text()
    # Group A's replacements cost more, so the price stays up: both plans leave 85% (named together).
    assert headline.startswith("After 12 months, \u201cReduce demand by 20%\u201d and \u201cRemove Group A\u201d leave the same")
    assert "illustrative model" in headline
    assert "Illustrative model" in lab.compare_page.note.text() and "50 seeds" in lab.compare_page.note.text()
    assert not lab.compare_page.charts.image.isNull()
    assert [c.state.text() for c in lab.plan_list.cards] == ["Done: 50 runs (illustrative)"] * 2
    assert [lab.runner.ensemble(s).distinct_runs for s in (0, 1)] == [3, 1]  # type: ignore[union-attr]
    lab.export_csv(tmp_path / "comparison.csv")
    text = (tmp_path / "comparison.csv").read_text(encoding="utf-8")
    assert text.startswith("# Illustrative model:")
    rows = list(csv.DictReader(io.StringIO(text.split("\n", 1)[1])))
    assert [(r["plan"], r["month"]) for r in rows][:4] == [("Remove Group A", m) for m in ("0", "6", "12", "24")]
    saved = lab.export_png(tmp_path / "comparison.png")
    assert saved == [tmp_path / "comparison.png"]
    assert saved[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and saved[0].stat().st_size > 10_000
    window.close()


def test_a_cancelled_run_stops_says_so_and_runs_on_when_asked(qtbot: QtBot, make_window: WindowFactory, no_lab_threads: None) -> None:
    window = make_window()  # the bundled scenario: long enough runs to cancel
    lab = open_lab(qtbot, window)
    lab.set_seeds(400)
    assert lab.runner.running and lab.cancel_button.isEnabled()
    with qtbot.waitSignal(lab.runs_cancelled, timeout=5000):
        qtbot.mouseClick(lab.cancel_button, Qt.MouseButton.LeftButton)
    assert not lab.runner.running
    assert not lab.cancel_button.isEnabled() and lab.run_button.isEnabled()
    assert lab.progress.value() < lab.progress.maximum()
    assert all(card.state.text() == "Cancelled: press Run to finish it" for card in lab.plan_list.cards)
    assert lab.compare_page.table.rowCount() == 0, "no plan finished, so nothing is compared"
    lab.set_seeds(4)
    finish(qtbot, lab)
    assert lab.compare_page.table.rowCount() == 2
    window.close()


def test_changing_a_plan_cancels_its_run_and_a_plan_run_before_shows_at_once(
    qtbot: QtBot, make_window: WindowFactory, no_lab_threads: None
) -> None:
    window = make_window(SMALL)
    lab = open_lab(qtbot, window)
    lab.set_seeds(300)
    first_job = lab.runner._jobs[0]
    with qtbot.waitSignal(lab.runner.plan_finished, timeout=RUN_TIMEOUT, check_params_cb=lambda slot: slot == 0):
        lab.set_plan(0, LabPlan(name="Cooks A out", removed=("cooks_a",)))
    assert first_job.cancelled, "the old plan's run is cancelled"
    finish(qtbot, lab)
    assert lab.runner.ensemble(0).plan == Plan(removed=("cooks_a",))  # type: ignore[union-attr]
    assert lab.plan_list.cards[0].title.text() == "Cooks A out"
    lab.set_plan(0, LabPlan(presets=("remove_group_a",)))  # run on 300 seeds at the start
    lab.set_plan(0, LabPlan(name="Cooks A again", removed=("cooks_a",)))
    assert not lab.runner.is_running(0), "run before on the same seeds: taken from the cache, no new run"
    with qtbot.waitSignal(lab.comparison_changed, timeout=2000):
        pass
    window.close()


def test_the_network_page_shows_the_chosen_plan(qtbot: QtBot, make_window: WindowFactory, no_lab_threads: None) -> None:
    window = make_window(SMALL)
    lab = open_lab(qtbot, window)
    finish(qtbot, lab)
    with qtbot.waitSignal(lab.network_shown, timeout=RUN_TIMEOUT):
        lab.tabs.setCurrentWidget(lab.network_page)
    view = lab.network_page.place.view
    picture = view.network_scene.picture
    assert picture is not None and picture.month == 12
    assert picture.actors["group_a"].status is ActorStatus.REMOVED
    expected = assess(window.network, Plan.from_preset(window.scenario.preset("remove_group_a")))
    assert picture.actors["group_b"].flow == pytest.approx(expected.timeline.at(12).flow.actor_flow["group_b"])
    assert "first run" in lab.network_page.sentence.text() and "illustrative" in lab.network_page.sentence.text()
    with qtbot.waitSignal(lab.network_shown, timeout=RUN_TIMEOUT):
        lab.network_page.plans.setCurrentIndex(1)
    assert view.network_scene.picture.actors["group_a"].status is ActorStatus.ACTIVE  # type: ignore[union-attr]
    window.close()


def test_which_actor_matters_most_ranks_them_and_rings_the_stopping_set(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, no_lab_threads: None
) -> None:
    window = make_window(SMALL)
    lab = open_lab(qtbot, window)
    page = lab.matters_page
    with qtbot.waitSignal(lab.analysis_shown, timeout=RUN_TIMEOUT):
        lab.tabs.setCurrentWidget(page)
    with qtbot.waitSignal(page.chart.drawn, timeout=RUN_TIMEOUT):
        pass
    assert page.ranking_rows[0].actor == "street"
    assert page.ranking_sentence.text().startswith("Removing Street market alone hurts most after 12 months")
    # Street markets stand for demand: the stopping set leaves them out and cuts the trade itself.
    assert page.size_label.text() == "Smallest stopping set: 2 actors"
    assert page.place.view.ringed() == ["cooks_a", "cooks_b"]
    assert "entrants would still come in" in page.stopping_sentence.text()
    finish(qtbot, lab)
    assert len(lab.export_png(tmp_path / "c.png")) == 2, "the ranking is saved beside the comparison"
    window.close()


def test_the_plan_editor_composes_a_plan_from_the_scenarios_words(qtbot: QtBot, make_window: WindowFactory, no_lab_threads: None) -> None:
    window = make_window(SMALL)
    lab = open_lab(qtbot, window)
    finish(qtbot, lab)
    lab.add_plan()
    editor = lab.editor
    editor.name.setText("Brokers squeezed")
    editor.removed.item(0).setCheckState(Qt.CheckState.Checked)  # the first actor of the scenario
    row = editor.capacity.add()
    row.kind.setCurrentIndex(row.kind.findData("broker"))  # type: ignore[attr-defined]
    row.factor.setValue(25)  # type: ignore[attr-defined]
    editor.demand.setValue(90)
    with qtbot.waitSignal(lab.runs_finished, timeout=RUN_TIMEOUT):
        editor.accept()
    plan = lab.plans[2]
    assert plan.name == "Brokers squeezed" and plan.removed == ("supplier_a",) and plan.demand == 0.9
    assert plan.capacity[0].kind == "broker" and plan.capacity[0].factor == 0.25
    assert lab.plan_list.cards[2].what.text().splitlines() == [
        "Remove 1 actor: Supplier A",
        f"Capacity of {window.scenario.vocabulary.kind('broker').label} in anywhere at 25%",
        "Demand at 90% of today's",
    ]
    assert lab.compare_page.table.rowCount() == 3
    window.close()


def test_an_open_lab_follows_a_colour_profile_chosen_in_the_explorer(
    qtbot: QtBot, make_window: WindowFactory, no_lab_threads: None
) -> None:
    """A teacher switches to the dark profile for the projector while the lab is open: the lab's page,
    its plan cards and its charts change colour with the explorer (they stayed in the light colours)."""
    from ui import theme

    window = make_window(SMALL)
    lab = open_lab(qtbot, window)
    with qtbot.waitSignal(lab.compare_page.charts.drawn, timeout=RUN_TIMEOUT):
        finish(qtbot, lab)
    before = lab.compare_page.charts.grab().toImage()
    dark = theme.profile("dark")
    try:
        with qtbot.waitSignal(lab.compare_page.charts.drawn, timeout=RUN_TIMEOUT):
            window.set_profile("dark", remember=False)
        assert dark.paper in lab.styleSheet() or dark.paper.upper() in lab.styleSheet().upper()
        assert [dark.lab_plan(i) in card.styleSheet() for i, card in enumerate(lab.plan_list.cards)] == [True, True]
        after = lab.compare_page.charts.grab().toImage()
        assert after.pixelColor(2, 2) != before.pixelColor(2, 2), "the charts' paper is the dark profile's"
    finally:
        window.set_profile("standard", remember=False)
        lab.close()

"""The impact chart: it shows each new plan and month at once (without laying the figure out again),
and its text fits at every text size and window size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory
from ui.charts import ImpactChart
from ui.settings import TEXT_SCALES
from ui.window import MainWindow


def loaded_chart(window: MainWindow, qtbot: QtBot) -> ImpactChart:
    window.load_chart()
    chart = window.chart
    assert chart is not None
    qtbot.waitUntil(lambda: chart.layouts > 0 and not chart.canvas._draw_pending, timeout=5000)
    return chart


def canvas_image(chart: ImpactChart) -> QImage:
    return chart.canvas.grab().toImage()


def test_a_removal_and_a_month_show_on_the_chart_at_once_without_a_new_layout(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.set_explore(True)
    chart = loaded_chart(window, qtbot)
    layouts, before = chart.layouts, canvas_image(chart)
    view = window.view
    target = "sinaloa_chapitos"
    item = view.actor_item(target)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(item.sceneBoundingRect().center()))
    with qtbot.waitSignal(chart.drawn, timeout=1000):  # drawn as part of the click, not later
        qtbot.mouseClick(window.actor_panel.remove_button, Qt.MouseButton.LeftButton)
    shares = [m.share_of_baseline * 100 for m in window.assessment.timeline.months]
    assert list(chart._supply.get_ydata()) == pytest.approx(shares[:1]), "the months after the change are not played yet"
    assert shares[0] < 95, "the removal shows as a dip"
    after_removal = canvas_image(chart)
    assert after_removal != before

    with qtbot.waitSignal(chart.drawn, timeout=1000):
        window.impact.slider.setValue(12)
    assert list(chart._cursor.get_xdata()) == [12, 12]
    assert list(chart._supply.get_ydata()) == pytest.approx(shares[:13]), "every month up to 12 played"
    assert canvas_image(chart) != after_removal
    assert chart.layouts == layouts, "new data never lays the figure out again"

    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: chart.layouts > layouts and not chart.canvas._draw_pending, timeout=5000)


def test_the_chart_shows_the_same_picture_from_kept_and_fresh_drawings(qtbot: QtBot, make_window: WindowFactory) -> None:
    """An update draws the lines on a kept drawing of the axes; it must look as a whole new draw does."""
    window = make_window()
    chart = loaded_chart(window, qtbot)
    for actor in ("sinaloa_chapitos", "cjng"):
        window.remove_actor(actor)
        window.set_month(6)
        updated = canvas_image(chart)
        chart.canvas.draw()  # everything drawn anew (the layout stays)
        assert canvas_image(chart) == updated, actor


@pytest.mark.parametrize(
    ("size", "scales"),
    [((960, 540), TEXT_SCALES), ((1280, 720), (1.0, 1.5, 2.3)), ((1920, 1080), (1.0, 1.75, 2.3))],  # every size at the smallest window
)
def test_the_chart_text_fits_at_every_text_size(
    qtbot: QtBot, make_window: WindowFactory, size: tuple[int, int], scales: tuple[float, ...]
) -> None:
    window = make_window(size=size)
    chart = loaded_chart(window, qtbot)
    window.remove_actor("sinaloa_chapitos")
    for scale in scales:
        window.set_text_scale(scale)
        chart.canvas.draw()
        renderer = chart.canvas.get_renderer()
        figure = chart.figure.bbox
        drawn = chart.figure.get_tightbbox(renderer).transformed(chart.figure.dpi_scale_trans)
        where = f"{size[0]}x{size[1]} at {scale}x"
        assert figure.x0 - 1 <= drawn.x0 and drawn.x1 <= figure.x1 + 1 and figure.y0 - 1 <= drawn.y0 and drawn.y1 <= figure.y1 + 1, where
        for axes in (chart.axes, chart.price_axes):
            ticks = [t.get_window_extent(renderer) for t in axes.yaxis.get_ticklabels() if t.get_text() and t.get_visible()]
            ticks = [t for t in ticks if chart.axes.bbox.y0 - 2 <= (t.y0 + t.y1) / 2 <= chart.axes.bbox.y1 + 2]
            assert len(ticks) >= 2, where
            assert not any(a.overlaps(b) for i, a in enumerate(ticks) for b in ticks[i + 1 :]), f"{where}: tick labels overlap"
        title = chart._title.get_window_extent(renderer)
        assert title.y0 >= chart.axes.bbox.y1 - 1, f"{where}: the title runs into the plot"
        assert title.x1 <= figure.x1 + 1, f"{where}: the title runs past the chart"
        assert chart.axes.bbox.height > 40, f"{where}: the plot keeps room for its lines"


def test_the_chart_shows_the_months_after_a_change_only_as_they_play(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.set_explore(True)
    chart = loaded_chart(window, qtbot)
    last = window.assessment.timeline.months[-1].month
    assert window.impact.slider.maximum() == last
    assert list(chart._supply.get_xdata()) == list(range(last + 1)), "before any change: every month"
    window.remove_actor("sinaloa_chapitos")
    assert list(chart._supply.get_xdata()) == [0]
    assert chart.axes.get_xlim() == (0, last), "the months are there to be played"
    qtbot.mouseClick(window.impact.step_forward, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.impact.step_forward, Qt.MouseButton.LeftButton)
    assert list(chart._supply.get_xdata()) == [0, 1, 2]
    qtbot.mouseClick(window.impact.step_back, Qt.MouseButton.LeftButton)
    assert list(chart._supply.get_xdata()) == [0, 1, 2], "a month played stays shown"
    with qtbot.waitSignal(window.month_changed, timeout=60_000, check_params_cb=lambda month: month == last):
        qtbot.mouseClick(window.impact.play, Qt.MouseButton.LeftButton)
    assert list(chart._supply.get_xdata()) == list(range(last + 1))
    window.undo_stack.undo()
    assert list(chart._supply.get_xdata()) == list(range(last + 1)), "back at the baseline: nothing to hide"

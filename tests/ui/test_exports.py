"""File > Export picture, Export handout and Print, and ``python main.py handout``: files that open.

PDFs are rendered page by page with poppler's pdftoppm (and read with pdftotext), as a reader's
viewer would; pictures are read back by Qt and, for SVG, as XML. Set UI_SHOTS_DIR to keep the
rendered pages and look at them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ROOT, SMALL, WindowFactory
from tests.ui.test_screens import distinct_colours
from tests.ui.test_sessions import answering, work
from ui.exports import PRINT, PROJECTOR, PictureDialog
from ui.window import MainWindow

HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdftoppm, pdftotext) is not installed; .ci/run installs it from Debian",
)


def pdf_pages(pdf: Path, shots: Path, stem: str) -> list[QImage]:
    """Every page of a PDF as a picture, rendered by poppler (as a viewer would)."""
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(shots / stem)], check=True, capture_output=True, timeout=120)
    pages = [QImage(str(p)) for p in sorted(shots.glob(f"{stem}-*.png"))]
    assert pages and all(not p.isNull() for p in pages)
    return pages


def pdf_text(pdf: Path) -> str:
    result = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True, timeout=60)
    return " ".join(result.stdout.split())


@needs_poppler
def test_the_handout_holds_what_the_learner_saw_and_did_with_sources(make_window: WindowFactory, tmp_path: Path, shots_dir: Path) -> None:
    window = make_window()
    work(window)  # stages 1 and 4 seen, a quiz answer, CJNG removed, a prediction
    pdf = tmp_path / "handout.pdf"
    assert window.exports.export_handout(pdf)
    assert "Handout saved to handout.pdf" in window.statusBar().currentMessage()
    pages = pdf_pages(pdf, shots_dir, "handout")
    assert 2 <= len(pages) <= 12
    assert all(distinct_colours(page, step=5) > 3 for page in pages), "no blank page"
    text = pdf_text(pdf)
    scenario = window.scenario
    assert scenario.title in text and "illustrative model" in text
    seen, unseen = scenario.stages[3], scenario.stages[5]
    assert f"Stage 4: {seen.title}" in text and f"Stage 6: {unseen.title}" not in text, "only the stages the learner saw"
    assert "Removed: Jalisco Cartel New Generation (CJNG)" in text
    change = window.session.change
    assert change is not None
    sentence = " ".join(window.describer.change(window.assessor.assess(change.before), window.assessment, change.what, "cjng").split())
    assert sentence[:80] in text, "what happened, in the app's own sentence"
    assert "Your predictions" in text and "You predicted 30% right after" in text
    assert "You answered 1 of" in text
    # Every key fact shown carries its source, and the sources are listed.
    for fact in seen.key_facts:
        assert fact.sources[0].publisher in text
    assert text.count("Source:") >= len(scenario.stages[0].key_facts) + len(seen.key_facts)
    assert "Sources" in text


@needs_poppler
def test_scenario_text_in_the_handout_is_shown_as_written(make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window(HOSTILE / "markup_in_names.yaml")
    window.go_to_stage(3)
    window.remove_actor("group_a")
    window.remove_actor("broker_a")
    pdf = tmp_path / "hostile.pdf"
    assert window.exports.export_handout(pdf)
    text = pdf_text(pdf)
    assert "<i>Small</i> example **supply** chain &amp; <script>alert(1)</script>" in text
    assert '<img src="/dev/zero"> Group A' in text and "![zero](/dev/zero) Broker A" in text
    narrative = make_window(HOSTILE / "markup_in_narratives.yaml")
    assert narrative.exports.export_handout(tmp_path / "narratives.pdf"), "an image in a key fact is never loaded"


@needs_poppler
def test_the_command_line_writes_a_handout_of_a_plan(tmp_path: Path, shots_dir: Path) -> None:
    pdf = tmp_path / "plan.pdf"
    command = [sys.executable, "main.py", "handout", "--scenario", str(SMALL), "--remove", "group_a", "--preset", "demand_down"]
    result = subprocess.run([*command, "--out", str(pdf)], cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{pdf}: handout written"
    pdf_pages(pdf, shots_dir, "cli-handout")
    text = pdf_text(pdf)
    assert "Small example supply chain" in text and "Removed: Group A" in text and "Policy: Reduce demand by 20%" in text
    assert "Stage 5:" in text, "a handout made from the command line covers every stage"
    bad = subprocess.run([*command[:-4], "--remove", "group_z", "--out", str(pdf)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "--remove: unknown actor 'group_z'" in bad.stderr and "Traceback" not in bad.stderr


def drawn_rows(image: QImage, above: float) -> tuple[int, int]:
    """The first and last rows above ``above`` with anything but the background (its top left pixel) on them."""
    paper = image.pixel(0, 0)
    rows = [y for y in range(0, int(above), 4) if any(image.pixel(x, y) != paper for x in range(0, image.width(), 6))]
    assert rows, "nothing drawn"
    return rows[0], rows[-1]


def test_the_network_and_the_chart_export_at_projector_and_print_sizes(make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window()
    window.go_to_stage(3)
    window.remove_actor("cjng")
    for what in ("network", "chart"):
        for size in (PROJECTOR, PRINT):
            png = tmp_path / f"{what}-{size.name}.png"
            assert window.exports.export_picture(what, size, png)
            image = QImage(str(png))
            expected = size.pixels
            assert (image.width(), image.height()) == expected, (what, size.name)
            assert round(image.dotsPerMeterX() * 0.0254) == size.dpi
            assert distinct_colours(image, step=11) > 20, f"{png.name} looks blank"
            if what == "network":
                room = image.height() * 0.95  # the footer's line is below
                top, bottom = drawn_rows(image, above=room)
                assert 0.6 < top / (room - bottom) < 1.7, f"{png.name}: the network is centred ({top} above, {room - bottom} below)"
            svg = tmp_path / f"{what}-{size.name}.svg"
            assert window.exports.export_picture(what, size, svg)
            root = ET.parse(svg).getroot()
            assert root.tag.endswith("svg") and root.get("viewBox")
            assert "illustrative model" in svg.read_text(encoding="utf-8")
    assert "Picture saved to" in window.statusBar().currentMessage()


def test_export_picture_asks_what_and_where(make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    target = tmp_path / "slide"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "SVG drawing (*.svg)")))

    def choose(widget: QWidget) -> bool:
        assert isinstance(widget, PictureDialog)
        widget.what.button(1).setChecked(True)  # the chart
        widget.sizes.button(1).setChecked(True)  # print
        widget.accept()
        return True

    answering(window.exports.ask_picture, choose)
    assert target.with_suffix(".svg").exists()


def test_an_export_into_a_place_that_cannot_be_written_says_so(make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window()
    blocker = tmp_path / "file"
    blocker.write_text("")
    texts = answering(lambda: window.exports.export_handout(blocker / "handout.pdf"), lambda w: False)
    assert texts == [str(blocker / "handout.pdf")]
    texts = answering(lambda: window.exports.export_picture("network", PROJECTOR, blocker / "x.png"), lambda w: False)
    assert texts == [str(blocker / "x.png")]


@needs_poppler
def test_print_goes_through_the_print_dialog(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shots_dir: Path
) -> None:
    window: MainWindow = make_window()
    window.go_to_stage(2)
    out = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:  # the learner chooses "Print to file (PDF)" and presses Print
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert window.exports.print_handout()
    assert "sent to the printer" in window.statusBar().currentMessage()
    pages = pdf_pages(out, shots_dir, "printed")
    assert len(pages) >= 2
    assert f"Stage 3: {window.scenario.stages[2].title}" in pdf_text(out)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected.value)
    assert not window.exports.print_handout(), "cancelled: nothing printed"

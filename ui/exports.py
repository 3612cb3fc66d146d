"""File > Export picture, Export handout and Print: the window's network or chart as a PNG or SVG
picture for a projector or for print, and the learner's handout as a PDF or on paper.

The handout's words come from ``ui.lesson.handout`` (the command line's ``handout`` uses the same
builder); ``ui.paper`` lays them out. Pictures of the network say in their footer that the model is
illustrative; the chart says so in its title. ``ui.paper``, the handout's builder and QtSvg are
imported at the first export: the window builds ``Exports`` on its way to the first picture.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from model.assessor import Assessor
from ui import theme
from ui.errors import show_error
from ui.lesson.describe import Describer
from ui.lesson.documents import APP_NAME
from ui.lesson.session import Session

if TYPE_CHECKING:
    from ui.lesson.handout import Handout
    from ui.window import MainWindow

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Size:
    """A picture's size: pixels for a projector, or inches at 300 dots per inch for print."""

    name: str
    pixels: tuple[int, int]
    dpi: int
    chart_points: float  # the chart's text size


PROJECTOR = Size("projector", (1920, 1080), 150, 15.0)  # the chart at 12.8 x 7.2 inches, 150 dpi, text to read from the back
PRINT = Size("print", (3300, 2100), 300, 10.0)  # 11 x 7 inches at 300 dpi: a landscape page's width
CHART_HANDOUT_INCHES = (6.0, 3.3)  # the width it has on the page (ui.paper.CHART_WIDTH): its text prints at its own size


def handout_of(session: Session, assessor: Assessor, describer: Describer) -> tuple[Handout, bytes]:
    """The handout of a session and its chart (PNG), made on today's date."""
    from ui.lesson.handout import build_handout
    from ui.paper import chart_picture

    # The date's pattern is a translation (Spanish writes "2 de diciembre de 2026"), in Qt's date format.
    made_on = QLocale().toString(QDate.currentDate(), QCoreApplication.translate("exports", "d MMMM yyyy", "Qt date format"))
    handout = build_handout(session, assessor, describer, made_on)
    chart = chart_picture(describer, assessor.assess(session.plan), CHART_HANDOUT_INCHES, 200, "png")
    return handout, chart


def write_handout(session: Session, assessor: Assessor, describer: Describer, path: Path) -> None:
    """The session's handout as a PDF (raises OSError when the file cannot be written)."""
    from ui.paper import handout_document, write_pdf

    handout, chart = handout_of(session, assessor, describer)
    write_pdf(handout_document(handout, chart), path, handout.title, APP_NAME)


def network_picture(window: MainWindow, size: Size, path: Path) -> None:
    """The network as the window shows it, whole, with a footer naming the scenario and the stage and
    saying that the flows are illustrative; PNG or SVG after the file's suffix (raises OSError)."""
    scene = window.view.network_scene
    source = scene.itemsBoundingRect().adjusted(-12, -12, 12, 12)
    width, height = size.pixels
    footer = QCoreApplication.translate("Exports", "{scenario} \u00b7 {stage} \u00b7 illustrative model \u00b7 {app}").format(
        scenario=window.scenario.title, stage=window.current_stage_title(), app=APP_NAME
    )
    colours = theme.current()

    def paint(painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(0, 0, width, height), QColor(colours.paper))
        font = QFont(window.font())
        font.setPixelSize(max(14, height // 50))
        painter.setFont(font)
        band = painter.fontMetrics().height() * 2
        # Centred in the room above the footer (QGraphicsScene.render puts a kept aspect ratio top left).
        scale = min(width / source.width(), (height - band) / source.height())
        target = QRectF(0, 0, source.width() * scale, source.height() * scale)
        target.moveCenter(QRectF(0, 0, width, height - band).center())
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.setPen(QColor(colours.muted_ink))
        painter.drawText(QRectF(16, height - band, width - 32, band), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, footer)

    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".svg":
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRectF(0, 0, width, height))
        generator.setResolution(_screen_dpi())  # the network's text is sized for the screen it was laid out on
        generator.setTitle(window.scenario.title)
        generator.setDescription(footer)
        painter = QPainter(generator)
        paint(painter)
        painter.end()
    else:
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        painter = QPainter(image)  # painted at the screen's resolution, which the network's text was laid out for
        paint(painter)
        painter.end()
        image.setDotsPerMeterX(round(size.dpi / 0.0254))  # then marked with the resolution it is meant for
        image.setDotsPerMeterY(round(size.dpi / 0.0254))
        if not image.save(str(path)):  # PNG: the caller gives the suffix
            raise OSError(f"could not write {path}")
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")


def _screen_dpi() -> int:
    """The resolution the window's text is laid out at (QWidget.logicalDpiX would do, but through the
    window's mixins PySide loses the window's wrapper when it is asked)."""
    screen = QGuiApplication.primaryScreen()
    return round(screen.logicalDotsPerInchX()) if screen is not None else 96


def chart_file(window: MainWindow, size: Size, path: Path) -> None:
    """The chart of the current plan, PNG or SVG after the file's suffix (raises OSError)."""
    form = "svg" if path.suffix.lower() == ".svg" else "png"
    inches = (size.pixels[0] / size.dpi, size.pixels[1] / size.dpi)
    from ui.paper import chart_picture

    data = chart_picture(window.describer, window.assessment, inches, size.dpi, form, size.chart_points)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


@contextmanager
def busy() -> Iterator[None]:
    """A waiting cursor while a handout is laid out (a second or two: matplotlib and Qt's PDF writer)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class PictureDialog(QDialog):
    """What to export: the network or the chart, for a projector or for print."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export picture"))
        box = QVBoxLayout(self)
        self.what = self._choices(box, self.tr("Picture of"), [self.tr("The network"), self.tr("The chart")])
        self.sizes = self._choices(
            box, self.tr("Size"), [self.tr("Projector or slides (1920 \u00d7 1080 pixels)"), self.tr("Print (300 dots per inch)")]
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Save\u2026"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    def _choices(self, box: QVBoxLayout, title: str, labels: list[str]) -> QButtonGroup:
        group_box = QGroupBox(title)
        inner = QVBoxLayout(group_box)
        group = QButtonGroup(self)
        for i, label in enumerate(labels):
            button = QRadioButton(label)
            button.setChecked(i == 0)
            group.addButton(button, i)
            inner.addWidget(button)
        box.addWidget(group_box)
        return group

    def chosen(self) -> tuple[str, Size]:
        return ("network" if self.what.checkedId() == 0 else "chart"), (PROJECTOR if self.sizes.checkedId() == 0 else PRINT)


class Exports(QObject):
    """The window's File > Export picture, Export handout and Print."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.export_picture_action.triggered.connect(self.ask_picture)
        window.export_handout_action.triggered.connect(self.ask_handout)
        window.print_action.triggered.connect(self.print_handout)

    def _stem(self) -> str:
        return f"{self.window.scenario.id or 'scenario'}-stage{self.window.stage_index + 1}"

    def ask_picture(self) -> bool:
        dialog = PictureDialog(self.window)
        try:
            if not dialog.exec():
                return False
            what, size = dialog.chosen()
        finally:
            dialog.deleteLater()
        start = str(Path.home() / f"{self._stem()}-{what}.png")
        filters = self.tr("PNG picture (*.png);;SVG drawing (*.svg)")
        name, chosen = QFileDialog.getSaveFileName(self.window, self.tr("Export picture"), start, filters)
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".svg" if "svg" in chosen.lower() else ".png")
        return self.export_picture(what, size, path)

    def export_picture(self, what: str, size: Size, path: Path) -> bool:
        try:
            (network_picture if what == "network" else chart_file)(self.window, size, path)
        except OSError as exc:
            show_error(self.window, self.tr("The picture could not be saved"), str(path), exc.strerror or str(exc))
            return False
        self.window.notify(self.tr("Picture saved to {file}.").format(file=path.name))
        return True

    def ask_handout(self) -> bool:
        start = str(Path.home() / f"{self.window.scenario.id or 'scenario'}-handout.pdf")
        name, _chosen = QFileDialog.getSaveFileName(self.window, self.tr("Export handout"), start, self.tr("PDF documents (*.pdf)"))
        if not name:
            return False
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        return self.export_handout(path)

    def export_handout(self, path: Path) -> bool:
        window = self.window
        try:
            with busy():
                write_handout(window.session, window.assessor, window.describer, path)
        except OSError as exc:
            show_error(window, self.tr("The handout could not be saved"), str(path), exc.strerror or str(exc))
            return False
        window.notify(self.tr("Handout saved to {file}.").format(file=path.name))
        return True

    def print_handout(self) -> bool:
        """The handout through the system's print dialog (Qt's own, which can also print to a PDF file)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        window = self.window
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(window.scenario.title)
        dialog = QPrintDialog(printer, window)
        dialog.setWindowTitle(self.tr("Print handout"))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        finally:
            dialog.deleteLater()
        with busy():
            handout, chart = handout_of(window.session, window.assessor, window.describer)
            from ui.paper import handout_document, print_document

            print_document(handout_document(handout, chart), printer)
        window.notify(self.tr("Handout sent to the printer."))
        return True

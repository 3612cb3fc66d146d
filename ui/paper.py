"""The handout on paper and the chart as a still picture: a PDF through Qt's PDF writer, a printer
through Qt's print dialog, and the impact chart drawn by matplotlib without a widget.

The handout's words come from ``ui.lesson.handout``; here they become a ``QTextDocument``. Scenario
text is data: every Markdown block goes in through ``insertMarkdown`` with HTML off and images made
inert (``ui.panels.widgets``), and the document loads no resource but the chart the app adds itself.
The still chart (``chart_picture``) is the window's chart in its words and colours, for exports and
the handout; it needs no screen, so ``python main.py handout`` runs offscreen.
"""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)

from model.results import Assessment
from ui import theme
from ui.guard import guarded
from ui.lesson.describe import Describer
from ui.lesson.handout import Chart, Handout
from ui.panels.widgets import MARKDOWN, inert_images

logger = logging.getLogger(__name__)

CHART_URL = "handout-chart:chart.png"
PAGE_MARGIN_MM = 5.0  # the printer's own margin; QTextDocument.print_ adds 2 cm inside it
PRINT_MARGIN_MM = 20.0
BODY_POINTS = 10.0
_HEADING = re.compile(r"\s*(#{1,6})\s")
HEADING_SPACE = {1: 18.0, 2: 14.0, 3: 8.0}  # logical pixels above a heading, by level
# The document is laid out in Qt's logical pixels (96 to the inch): the chart fills the text's width on A4.
CHART_WIDTH = (210.0 - 2 * (PAGE_MARGIN_MM + PRINT_MARGIN_MM)) / 25.4 * 96 * 0.95


def chart_picture(
    describer: Describer, assessment: Assessment, size_inches: tuple[float, float], dpi: int, form: str, text_points: float = 10.0
) -> bytes:
    """The impact chart as PNG or SVG bytes (``form``: "png" or "svg"): share of the baseline supply and
    the price index over every month of the plan, the baseline, and "illustrative model" in its title."""
    import matplotlib

    with matplotlib.rc_context({"font.size": text_points}):
        return _chart_picture(describer, assessment, size_inches, dpi, form)


def _chart_picture(describer: Describer, assessment: Assessment, size_inches: tuple[float, float], dpi: int, form: str) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    colours = theme.current()
    months = [m.month for m in assessment.timeline.months]
    shares = [m.share_of_baseline * 100 for m in assessment.timeline.months]
    prices = [m.price_index for m in assessment.timeline.months]
    figure = Figure(figsize=size_inches, dpi=dpi, layout="constrained")
    FigureCanvasAgg(figure)
    figure.patch.set_facecolor(colours.paper)
    axes = figure.add_subplot(1, 1, 1)
    price_axes = axes.twinx()
    axes.axhline(100, color=colours.baseline, linewidth=1.2, linestyle="--", label=QCoreApplication.translate("paper", "baseline"))
    axes.plot(
        months,
        shares,
        color=colours.supply,
        linewidth=2.4,
        marker="o",
        markersize=3,
        label=QCoreApplication.translate("paper", "% of baseline"),
    )
    price_axes.plot(
        months,
        prices,
        color=colours.price,
        linewidth=1.8,
        linestyle=":",
        label=QCoreApplication.translate("paper", "price index"),
    )
    axes.set_ylim(0, max(110.0, max(shares, default=0) * 1.1))
    price_axes.set_ylim(0, max(2.0, max(prices, default=0) * 1.15))
    axes.set_xlim(0, max(months, default=1))
    axes.set_title(describer.chart_title(False), color=colours.ink)
    axes.set_xlabel(QCoreApplication.translate("paper", "Months after the change"))
    axes.set_ylabel(QCoreApplication.translate("paper", "% of baseline"), color=colours.supply)
    price_axes.set_ylabel(QCoreApplication.translate("paper", "price index"), color=colours.price)
    lines = axes.get_lines() + price_axes.get_lines()
    axes.legend(lines, [str(line.get_label()) for line in lines], loc="lower right", fontsize="small")
    for ax in (axes, price_axes):
        ax.set_facecolor(colours.paper)
    out = io.BytesIO()
    figure.savefig(out, format=form, dpi=dpi, facecolor=colours.paper, metadata=_metadata(form, describer))
    return out.getvalue()


def _metadata(form: str, describer: Describer) -> dict[str, str]:
    title = describer.chart_title(False)
    return {"Title": title, "Description": describer.chart_description()} if form == "svg" else {"Title": title}


class HandoutDocument(QTextDocument):
    """A text document that loads nothing itself: only the chart the app adds is in it."""

    @guarded()
    def loadResource(self, kind: int, name: QUrl | str) -> object:
        return None


def handout_document(handout: Handout, chart_png: bytes | None) -> HandoutDocument:
    """The handout as a document, ready to print or to write as PDF."""
    document = HandoutDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(font)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, handout.title)
    cursor = QTextCursor(document)
    first = True
    for block in handout.blocks:
        if not first:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())  # a plain paragraph: no list goes on into the next block
        first = False
        if isinstance(block, Chart):
            _insert_chart(document, cursor, block, chart_png)
        else:
            start = cursor.block().blockNumber()
            cursor.insertMarkdown(inert_images(block), MARKDOWN)
            _mark_heading(document, start, block)
    _space_headings(document)
    return document


def _mark_heading(document: QTextDocument, number: int, markdown: str) -> None:
    """insertMarkdown merges its first block into the cursor's, which keeps that block's format: a part
    that starts with a heading looks like one but loses its level; give it back (page breaks use it)."""
    found = _HEADING.match(markdown)
    if found is None:
        return
    block = document.findBlockByNumber(number)
    shape = block.blockFormat()
    shape.setHeadingLevel(len(found.group(1)))
    QTextCursor(block).setBlockFormat(shape)


def _space_headings(document: QTextDocument) -> None:
    """Room above each heading, so that a part does not run into the caption or list before it."""
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level > 0 and block.blockNumber() > 0:
            shape = block.blockFormat()
            shape.setTopMargin(max(shape.topMargin(), HEADING_SPACE.get(level, 6.0)))
            QTextCursor(block).setBlockFormat(shape)
        block = block.next()


def _insert_chart(document: QTextDocument, cursor: QTextCursor, chart: Chart, png: bytes | None) -> None:
    image = QImage.fromData(png) if png else QImage()
    if not image.isNull():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), image)
        shape = QTextImageFormat()
        shape.setName(CHART_URL)
        shape.setWidth(CHART_WIDTH)
        shape.setHeight(CHART_WIDTH * image.height() / max(1, image.width()))
        cursor.insertImage(shape)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
    cursor.insertMarkdown(f"*{chart.caption}*", MARKDOWN)


def print_document(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay the document out on the device's pages (A4 unless it says otherwise) and print it."""
    layout = device.pageLayout()
    if not layout.isValid():
        device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM), QPageLayout.Unit.Millimeter)
    keep_headings_with_text(document, device)
    document.print_(device)


def keep_headings_with_text(document: QTextDocument, device: QPagedPaintDevice, rounds: int = 40) -> int:
    """Start a page before any heading that would end one (QTextDocument has no "keep with next"):
    a copy is laid out as ``print_`` lays out the document (the device's resolution and page, 2 cm
    inside), and a heading whose text starts on the next page gets a page break before it. Returns
    how many headings were moved."""
    probe = document.clone()
    probe.documentLayout().setPaintDevice(device)
    frame = probe.rootFrame().frameFormat()
    frame.setMargin(int(2 / 2.54 * 96))  # as print_ does: 2 cm in Qt's logical pixels, scaled to the device by the layout
    probe.rootFrame().setFrameFormat(frame)
    probe.setPageSize(QSizeF(device.width(), device.height()))
    page_height = probe.pageSize().height()
    moved = 0
    for _ in range(rounds):
        heading = _heading_ending_a_page(probe, page_height)
        if heading is None:
            break
        for doc in (probe, document):
            block = doc.findBlockByNumber(heading)
            shape = block.blockFormat()
            shape.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).setBlockFormat(shape)
        moved += 1
    return moved


def _heading_ending_a_page(document: QTextDocument, page_height: float) -> int | None:
    layout = document.documentLayout()

    def page(block: QTextBlock, line: int) -> int:
        lines = block.layout()
        y = layout.blockBoundingRect(block).top() + (lines.lineAt(line).y() if lines.lineCount() else 0.0)
        return int(y // page_height)

    block = document.begin()
    while block.isValid():
        following = block.next()
        while following.isValid() and not following.text().strip():
            following = following.next()  # the empty paragraphs between the handout's parts
        broken = block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
        if block.blockFormat().headingLevel() > 0 and following.isValid() and not broken:
            last = max(0, block.layout().lineCount() - 1)
            if page(following, 0) > page(block, last):
                return block.blockNumber()
        block = following if following.isValid() else block.next()
    return None


def write_pdf(document: QTextDocument, path: Path, title: str, creator: str) -> None:
    """The document as an A4 PDF (raises OSError when the file cannot be written)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("ab"):
        pass  # fails here, with the system's reason, when the place cannot be written
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator(creator)
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    print_document(document, writer)
    del writer  # the file is complete once the writer is gone
    if path.stat().st_size == 0:
        raise OSError(f"nothing was written to {path}")

"""The handout's layout on paper: a heading never ends a page, away from the text it heads.

QTextDocument has no "keep with next"; ``ui.paper`` lays out a copy as Qt's printing does and breaks
the page before a heading that would end one. Here the heading is pushed down the page paragraph by
paragraph until it reaches the foot, and the PDF (read back with pdftotext, page by page) must keep
it with its text every time.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument, QTextFormat

from ui.lesson.handout import Handout
from ui.paper import handout_document, write_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")

HEADING = "The heading that must stay with its text"
AFTER = "The words under the heading."  # no ligature (pdftotext would give one character for "fi")


def pages_of(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True, timeout=60).stdout
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


def breaks_before(document: QTextDocument) -> list[str]:
    block, found = document.begin(), []
    while block.isValid():
        if block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            found.append(block.text())
        block = block.next()
    return found


def handout(fillers: int) -> Handout:
    filler = "\n\n".join(f"Paragraph {i} of the part before." for i in range(fillers))
    return Handout("A handout", ("# A handout", filler, f"## {HEADING}\n\n{AFTER}", "## Last part\n\nThe end."))


def test_a_heading_at_the_foot_of_a_page_moves_to_the_next_with_its_text(qapp: object, tmp_path: Path) -> None:
    moved_somewhere = False
    for fillers in range(36, 45):  # the heading walks down the first page, then past its foot
        document = handout_document(handout(fillers), None)
        pdf = tmp_path / f"h{fillers}.pdf"
        write_pdf(document, pdf, "A handout", "tests")
        pages = pages_of(pdf)
        where = [i for i, page in enumerate(pages) if HEADING in page]
        under = [i for i, page in enumerate(pages) if AFTER in page]
        assert where == under, f"{fillers} paragraphs: the heading on page {where}, its text on page {under}"
        assert all(page.strip() for page in pages), "no empty page"
        moved_somewhere |= any(breaks_before(document))
    assert moved_somewhere, "the heading reached the foot of the page at least once (else this test shows nothing)"

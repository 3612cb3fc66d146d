"""The building blocks of the panels: Markdown text blocks, wrapping buttons, cards, headings.

Scenario text is data. ``TextBlock`` renders the app's Markdown with HTML switched off and loads no
resources (an image in a narrative shows as a broken image, never reads a file); labels and buttons
show plain text; ``plain_tooltip`` makes a tooltip that Qt cannot mistake for HTML.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, QSize, Qt, QUrl
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent, QTextCursor, QTextDocument, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.guard import guarded
from ui.lesson.spoken import first_words

MARKDOWN = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML


# Every Markdown image starts with "![" (inline or by reference). Escaping its "!" makes it a link,
# which is never followed on its own: Qt's text engine would otherwise read a local image file itself
# (a narrative pointing at /dev/zero would exhaust memory), whatever loadResource answers.
_IMAGE = re.compile(r"(?<!\\)((?:\\\\)*)!\[")


def inert_images(markdown: str) -> str:
    """Markdown with every image turned into a plain link to it."""
    return _IMAGE.sub(lambda m: m.group(1) + "\\![", markdown)


def plain_tooltip(text: str) -> str:
    """A tooltip shown exactly as written: escaped, so Qt's rich-text detection finds no tags in it."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text).replace("\n", "<br>") + "</p>"


class TextBlock(QTextBrowser):
    """Read-only Markdown that grows to its content (the panel scrolls, not each block).

    Links are never followed by the widget: ``anchorClicked`` is forwarded by the owner. No resource
    is ever loaded, whatever the text asks for. Tab stops only at a block with links (and moves from
    link to link); the focused link is scrolled into view in the scroll area around the block, and
    Page Up / Page Down scroll that area."""

    def __init__(self, markdown: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)  # transparent on its card: the rule is in resources/styles/explorer.qss
        self.document().setDocumentMargin(2)
        self.document().contentsChanged.connect(self._fit_height)
        self.cursorPositionChanged.connect(self._reveal_focused_link)
        self.set_markdown(markdown)

    @guarded()
    def loadResource(self, kind: int, name: QUrl | str) -> object:
        return None  # scenario text never loads images, style sheets or files

    def set_markdown(self, markdown: str) -> None:
        self.document().setMarkdown(inert_images(markdown), MARKDOWN)
        # Tab (not a click: the ring would follow the mouse) stops only where there is a link to reach.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus if self.has_links() else Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(first_words(self.document().toPlainText()))  # a screen reader names the block by its start
        self._fit_height()

    def has_links(self) -> bool:
        block = self.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                if fragments.fragment().charFormat().isAnchor():
                    return True
                fragments += 1
            block = block.next()
        return False

    def _reveal_focused_link(self) -> None:
        """The link Tab moved to, scrolled into view in the scroll area the block sits in."""
        cursor = self.textCursor()
        if not self.hasFocus() or not cursor.hasSelection():
            return
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        content = area.widget() if area is not None else None
        if area is None or content is None:
            return
        start = QTextCursor(cursor)
        start.setPosition(cursor.selectionStart())
        rect = self.cursorRect(start).united(self.cursorRect(cursor))
        centre = self.viewport().mapTo(content, rect.center())
        area.ensureVisible(centre.x(), centre.y(), 20 + rect.width() // 2, 24 + rect.height())

    def _fit_height(self) -> None:
        width = max(50, self.viewport().width())
        document = self.document()
        if document.textWidth() != width:  # setting it lays the whole text out again, even at the same width
            document.setTextWidth(width)
        height = int(document.size().height()) + 4
        if height != self.height():
            self.setFixedHeight(height)

    @guarded()
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    @guarded()
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()

    @guarded(QSize)
    def sizeHint(self) -> QSize:
        return QSize(200, self.height())

    @guarded()
    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # the block is as tall as its text: the wheel scrolls the panel around it

    @guarded(False)
    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab from link to link: Qt moves the cursor to the next link without a cursorPositionChanged
        moved = super().focusNextPrevChild(next)
        self._reveal_focused_link()
        return moved

    @guarded()
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)  # Tab into the block: Qt goes to its first (Shift+Tab: last) link
        self._reveal_focused_link()

    @guarded()
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            event.ignore()  # as for the wheel: the panel around the block scrolls
            return
        super().keyPressEvent(event)


_LONG_WORD = re.compile(r"\S{24,}")


def breakable(text: str, every: int = 12) -> str:
    """Text with a zero-width space every few characters inside very long words, so that a label can
    wrap a name written without spaces instead of growing to its length."""
    return _LONG_WORD.sub(lambda m: "\u200b".join(m.group(0)[i : i + every] for i in range(0, len(m.group(0)), every)), text)


class TextLabel(QLabel):
    """A wrapping plain-text label. ``text()`` is the text as given; what is drawn may break inside
    a very long word (see ``breakable``); assistive technology reads the text as given."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self._text = ""
        self.setText(text)

    def setText(self, text: str) -> None:
        self._text = text
        shown = breakable(text)
        super().setText(shown)
        self.setAccessibleName(text if shown != text else "")

    def text(self) -> str:
        return self._text


def heading(text: str, role: str = "heading") -> QLabel:
    """A label in one of the stylesheet's roles (kicker, title, section, note...), as plain text."""
    label = TextLabel(text)
    label.setProperty("role", role)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class WrapButton(QPushButton):
    """A push button whose text wraps to the panel's width (quiz answers, policy names)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = TextLabel(text, self)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        box = QHBoxLayout(self)
        box.setContentsMargins(10, 6, 10, 6)
        box.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(text)

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)


class Card(QFrame):
    """A framed box: an evidence card, a quiz question, a preset."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(kind)
        self.setProperty("card", kind)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(10, 8, 10, 10)
        self.box.setSpacing(6)


def show_progress(bar: QProgressBar, value: int, text: str) -> None:
    """A progress bar's value and words, painted with the next paint of its window. QProgressBar.setValue
    paints the bar at once, and the window behind it with it: 20-30 ms in the middle of a change (a stage,
    a run's progress), drawing a picture that is not yet the new one."""
    bar.setUpdatesEnabled(False)
    bar.setValue(value)
    bar.setFormat(text)
    bar.setUpdatesEnabled(True)


def restyle(*widgets: QWidget) -> None:
    """Apply a changed stylesheet property (role) at once."""
    for widget in widgets:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def replace_widgets(stack: QStackedWidget, *widgets: QWidget) -> None:
    """Put new widgets in a stack in place of the old ones (which are deleted); the first is shown."""
    for i in reversed(range(stack.count())):
        old = stack.widget(i)
        if old is not None:
            stack.removeWidget(old)
            old.deleteLater()
    for widget in widgets:
        stack.addWidget(widget)
    if widgets:
        stack.setCurrentWidget(widgets[0])

"""The explanation panels beside and below the network.

``StagePanel`` tells one stage of the tour: narrative, key facts with their sources, a misconception
with the evidence, the quiz (answer first, then the explanation) and teacher notes behind a toggle;
on the policy stage it also offers the scenario's presets. ``ActorPanel`` explains one actor and
holds the Remove / Restore buttons. ``ImpactStrip`` says in one plain sentence what the last change
did, shows the headline numbers, and holds the month controls and the chart.

All rich text is Markdown rendered by read-only ``QTextBrowser`` widgets that never follow links
themselves: a click on a source emits ``link_clicked`` and the window opens it in the system browser.

Signals:
    StagePanel.preset_applied(str), StagePanel.link_clicked(QUrl), StagePanel.answer_chosen(int, int)
    ActorPanel.remove_requested(str), ActorPanel.restore_requested(str), ActorPanel.back_requested(),
    ActorPanel.link_clicked(QUrl)
    ImpactStrip.month_chosen(int), ImpactStrip.play_toggled(bool)
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from model.network import SupplyNetwork
from model.scenario import Perspective, Preset, QuizQuestion, Scenario, Source, Stage, TeacherNotes
from model.simulation import Assessment
from ui.lesson.describe import Describer
from ui.lesson.numbers import format_amount, format_share

logger = logging.getLogger(__name__)

ILLUSTRATIVE = "illustrative model"


def _md_escape(text: str) -> str:
    for ch in "\\`*_[]<>#|":
        text = text.replace(ch, "\\" + ch)
    return text


def source_markdown(source: Source) -> str:
    """A citation, linked when the source has a web address (opened only on click)."""
    cite = _md_escape(source.citation())
    note = f" ({_md_escape(source.note)})" if source.note else ""
    if source.url:
        return f"[{cite}]({source.url}){note}"
    return cite + note


def sources_markdown(sources: Sequence[Source]) -> str:
    return "; ".join(source_markdown(s) for s in sources)


class TextBlock(QTextBrowser):
    """Read-only Markdown that grows to its content (the panel scrolls, not each block).

    Links are never followed by the widget: ``anchorClicked`` is forwarded by the owner."""

    def __init__(self, markdown: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextBrowser { background: transparent; }")
        self.document().setDocumentMargin(2)
        self.document().contentsChanged.connect(self._fit_height)
        self.set_markdown(markdown)

    def set_markdown(self, markdown: str) -> None:
        self.setMarkdown(markdown)
        self._fit_height()

    def _fit_height(self) -> None:
        self.document().setTextWidth(max(50, self.viewport().width()))
        height = int(self.document().size().height()) + 4
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()

    def sizeHint(self) -> QSize:
        return QSize(200, self.height())


class WrapButton(QPushButton):
    """A push button whose text wraps to the panel's width (quiz answers, policy names)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
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


def _heading(text: str, role: str = "heading") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", role)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class QuizCard(Card):
    """One question: pick an answer, then the explanation shows whether it was right.

    Signals:
        answered(int): the index of the chosen answer.
    """

    answered = Signal(int)

    def __init__(self, number: int, question: QuizQuestion, parent: QWidget | None = None) -> None:
        super().__init__("quiz", parent)
        self.question = question
        self.box.addWidget(_heading(f"Question {number}", "kicker"))
        self.box.addWidget(TextBlock(question.question))
        if question.activity:
            self.box.addWidget(TextBlock(f"*Use the model:* {question.activity}"))
        self.choices: list[WrapButton] = []
        for i, choice in enumerate(question.choices):
            button = WrapButton(f"{chr(65 + i)}.  {choice}")
            button.setProperty("role", "choice")
            self.choices.append(button)
            self.box.addWidget(button)
        self.verdict = _heading("", "verdict")
        self.verdict.hide()
        self.explanation = TextBlock(question.explanation)
        self.explanation.hide()
        self.box.addWidget(self.verdict)
        self.box.addWidget(self.explanation)
        self._connect_signals()

    def _connect_signals(self) -> None:
        for i, button in enumerate(self.choices):
            button.clicked.connect(lambda _checked=False, i=i: self._on_choice_clicked(i))

    def _on_choice_clicked(self, index: int) -> None:
        right = index == self.question.correct
        for i, button in enumerate(self.choices):
            button.setEnabled(False)
            if i == self.question.correct:
                button.setText(f"\u2713 {button.text()}")
                button.setProperty("role", "correct")
            elif i == index:
                button.setText(f"\u2717 {button.text()}")
                button.setProperty("role", "wrong")
            for widget in (button, button.label):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        correct = self.question.choices[self.question.correct]
        self.verdict.setText("Right." if right else f"Not quite: the answer is \u201c{correct}\u201d.")
        self.verdict.show()
        self.explanation.show()
        self.answered.emit(index)


def teacher_notes_markdown(notes: TeacherNotes) -> str:
    """The teacher notes: time, the objective, the questions with their model answers, free notes."""
    parts = [f"**About {notes.minutes} minutes.**" + (f" *Objective:* {notes.objective}" if notes.objective else "")]
    parts.append("Questions for the class:")
    for prompt in notes.prompts:
        answer = f"\n\n  *A model answer:* {prompt.answer}" if prompt.answer else ""
        parts.append(f"- {prompt.question}{answer}")
    if notes.notes:
        parts.append(notes.notes)
    return "\n\n".join(parts)


def perspective_markdown(perspective: Perspective) -> str:
    return f"{perspective.view}\n\n*Source:* {sources_markdown(perspective.sources)}"


def perspectives_heading(count: int) -> str:
    return "Two views, side by side" if count == 2 else "Different views, side by side"


class PerspectivesDialog(QDialog):
    """The views of a debate in columns next to each other: wide enough for a projector."""

    link_clicked = Signal(QUrl)

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{stage.title}: {perspectives_heading(len(stage.perspectives)).lower()}")
        outer = QVBoxLayout(self)
        outer.addWidget(_heading(perspectives_heading(len(stage.perspectives)), "title"))
        columns = QHBoxLayout()
        columns.setSpacing(14)
        self.columns: list[Card] = []
        for perspective in stage.perspectives:
            card = Card("perspective")
            card.box.addWidget(_heading(perspective.who, "card-title"))
            block = TextBlock(perspective_markdown(perspective))
            block.anchorClicked.connect(self.link_clicked)
            card.box.addWidget(block)
            card.box.addStretch(1)
            columns.addWidget(card, 1)
            self.columns.append(card)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        holder.setLayout(columns)
        scroll.setWidget(holder)
        outer.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        if parent is not None:
            window = parent.window()
            self.resize(int(window.width() * 0.8), int(window.height() * 0.75))


class StagePanel(QScrollArea):
    """One stage of the tour, read top to bottom."""

    preset_applied = Signal(str)
    link_clicked = Signal(QUrl)
    answer_chosen = Signal(int, int)

    def __init__(self, scenario: Scenario, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scenario = scenario
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stage: Stage | None = None
        self.stage_index = -1
        self.quiz_cards: list[QuizCard] = []
        self.preset_buttons: dict[str, WrapButton] = {}
        self.compare_button: QPushButton | None = None
        self.perspectives_dialog: PerspectivesDialog | None = None
        self.teacher_toggle: QToolButton | None = None
        self.teacher_notes: TextBlock | None = None
        self.blocks: list[TextBlock] = []
        self._content = QWidget()
        self._content.setObjectName("panel")
        self.setWidget(self._content)

    def show_stage(self, stage_index: int) -> None:
        """Rebuild the panel for this stage (0-based)."""
        stage = self.scenario.stages[stage_index]
        self.stage, self.stage_index = stage, stage_index
        self.quiz_cards, self.preset_buttons, self.blocks = [], {}, []
        content = QWidget()
        content.setObjectName("panel")
        box = QVBoxLayout(content)
        box.setContentsMargins(14, 12, 14, 16)
        box.setSpacing(10)
        box.addWidget(_heading(f"Stage {stage_index + 1} of {len(self.scenario.stages)}", "kicker"))
        box.addWidget(_heading(stage.title, "title"))
        box.addWidget(self._block(stage.narrative))
        self.compare_button = None
        if stage.perspectives:
            box.addWidget(_heading(perspectives_heading(len(stage.perspectives)), "section"))
            for perspective in stage.perspectives:
                card = Card("perspective")
                card.box.addWidget(_heading(perspective.who, "card-title"))
                card.box.addWidget(self._block(perspective_markdown(perspective)))
                box.addWidget(card)
            self.compare_button = WrapButton("Show them in columns, side by side")
            self.compare_button.clicked.connect(self._on_compare_clicked)
            box.addWidget(self.compare_button)
        if stage.key_facts:
            box.addWidget(_heading("Key facts", "section"))
            for fact in stage.key_facts:
                card = Card("fact")
                card.box.addWidget(self._block(f"{fact.text}\n\n*Source:* {sources_markdown(fact.sources)}"))
                box.addWidget(card)
        for myth in stage.misconceptions:
            box.addWidget(_heading("A common misconception", "section"))
            card = Card("myth")
            card.box.addWidget(self._block(f"**What people often think:** {myth.claim}"))
            card.box.addWidget(self._block(f"**What the evidence says:** {myth.evidence}\n\n*Source:* {sources_markdown(myth.sources)}"))
            box.addWidget(card)
        if self._offers_presets(stage_index) and self.scenario.presets:
            box.addWidget(_heading("Try a policy", "section"))
            box.addWidget(_heading("Each one changes the model; Undo takes it back.", "note"))
            for preset in self.scenario.presets:
                box.addWidget(self._preset_card(preset))
        if stage.quiz:
            box.addWidget(_heading("Check your understanding", "section"))
            for n, question in enumerate(stage.quiz, start=1):
                card_q = QuizCard(n, question)
                card_q.answered.connect(lambda index, n=n: self.answer_chosen.emit(n - 1, index))
                self.quiz_cards.append(card_q)
                box.addWidget(card_q)
        self.teacher_toggle, self.teacher_notes = None, None
        if stage.teacher_notes is not None:
            notes = stage.teacher_notes
            toggle = QToolButton()
            toggle.setText("Teacher notes")
            toggle.setCheckable(True)
            toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            toggle.setArrowType(Qt.ArrowType.RightArrow)
            text = self._block(teacher_notes_markdown(notes))
            text.hide()
            toggle.toggled.connect(self._on_teacher_toggled)
            self.teacher_toggle, self.teacher_notes = toggle, text
            box.addWidget(toggle)
            box.addWidget(text)
        box.addStretch(1)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self._content = content
        self.setWidget(content)
        self.verticalScrollBar().setValue(0)

    def _offers_presets(self, stage_index: int) -> bool:
        """Presets belong to the policy stage: a stage with no actors, else the last one."""
        stages_with_actors = {a.stage for a in self.scenario.actors}
        empty = [i for i, s in enumerate(self.scenario.stages) if s.id not in stages_with_actors]
        return stage_index in empty if empty else stage_index == len(self.scenario.stages) - 1

    def _block(self, markdown: str) -> TextBlock:
        block = TextBlock(markdown)
        block.anchorClicked.connect(self.link_clicked)
        self.blocks.append(block)
        return block

    def _preset_card(self, preset: Preset) -> Card:
        card = Card("preset")
        card.box.addWidget(_heading(preset.name, "card-title"))
        card.box.addWidget(self._block(f"{preset.description}\n\n*Source:* {sources_markdown(preset.sources)}"))
        button = WrapButton(f"Apply \u201c{preset.name}\u201d")
        button.setProperty("role", "primary")
        button.clicked.connect(lambda _checked=False, pid=preset.id: self.preset_applied.emit(pid))
        self.preset_buttons[preset.id] = button
        card.box.addWidget(button)
        return card

    def _on_compare_clicked(self) -> None:
        if self.stage is None:
            return
        dialog = PerspectivesDialog(self.stage, self)
        dialog.link_clicked.connect(self.link_clicked)
        dialog.finished.connect(dialog.deleteLater)
        self.perspectives_dialog = dialog
        dialog.open()

    def _on_teacher_toggled(self, shown: bool) -> None:
        if self.teacher_notes is not None and self.teacher_toggle is not None:
            self.teacher_notes.setVisible(shown)
            self.teacher_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def text(self) -> str:
        """Everything the panel says, as plain text (for tests and accessibility checks)."""
        parts = [label.text() for label in self._content.findChildren(QLabel) if label.isVisibleTo(self._content)]
        parts += [b.toPlainText() for b in self._content.findChildren(TextBlock) if b.isVisibleTo(self._content)]
        return "\n".join(parts)


class ActorPanel(QScrollArea):
    """One actor: who it is, where, what it does, its sources, its flow now, Remove / Restore."""

    remove_requested = Signal(str)
    restore_requested = Signal(str)
    back_requested = Signal()
    link_clicked = Signal(QUrl)

    def __init__(self, network: SupplyNetwork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network = network
        self.scenario = network.scenario
        self.describer = Describer(network)
        self.actor_id: str | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        content.setObjectName("panel")
        box = QVBoxLayout(content)
        box.setContentsMargins(14, 12, 14, 16)
        box.setSpacing(10)
        self.back_button = QPushButton("\u2190 Back to the stage")
        self.back_button.setProperty("role", "link")
        self.kicker = _heading("", "kicker")
        self.name = _heading("", "title")
        self.facts = _heading("", "note")
        self.flow = _heading("", "flow")
        self.remove_button = QPushButton("Remove this actor")
        self.remove_button.setProperty("role", "danger")
        self.restore_button = QPushButton("Restore this actor")
        self.restore_button.setProperty("role", "primary")
        self.description = TextBlock()
        self.sources_title = _heading("Sources", "section")
        self.sources = TextBlock()
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.restore_button)
        for widget in (self.back_button, self.kicker, self.name, self.facts, self.flow):
            box.addWidget(widget)
        box.addLayout(buttons)
        box.addWidget(self.description)
        box.addWidget(self.sources_title)
        box.addWidget(self.sources)
        box.addStretch(1)
        self.setWidget(content)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.back_button.clicked.connect(self.back_requested)
        self.description.anchorClicked.connect(self.link_clicked)
        self.sources.anchorClicked.connect(self.link_clicked)

    def show_actor(self, actor_id: str, assessment: Assessment, month: int) -> None:
        """Fill the panel for an actor, with its flow in the chosen month against the baseline."""
        actor = self.network.actors[actor_id]
        self.actor_id = actor_id
        stage_index = self.network.stage_order[actor.stage]
        stage = self.scenario.stages[stage_index]
        self.kicker.setText(f"Stage {stage_index + 1}: {stage.short_title}")
        self.name.setText(actor.name)
        self.facts.setText(self.describer.kind_and_region(actor_id))
        self.description.set_markdown(actor.description)
        self.sources.set_markdown("\n".join(f"- {source_markdown(s)}" for s in actor.sources))
        removed = actor_id in assessment.plan.removed
        self.flow.setText(self.describer.actor_flow_line(actor_id, assessment, month))
        self.remove_button.setVisible(not removed)
        self.restore_button.setVisible(removed)
        self.verticalScrollBar().setValue(0)

    def _on_remove_clicked(self) -> None:
        if self.actor_id is not None:
            self.remove_requested.emit(self.actor_id)

    def _on_restore_clicked(self) -> None:
        if self.actor_id is not None:
            self.restore_requested.emit(self.actor_id)

    def text(self) -> str:
        """Everything the panel says, as plain text."""
        labels = [self.kicker, self.name, self.facts, self.flow, self.sources_title]
        return "\n".join([w.text() for w in labels] + [self.description.toPlainText(), self.sources.toPlainText()])


class ImpactStrip(QFrame):
    """The bottom strip: the sentence, the headline numbers, the month controls, and the chart.

    The chart is placed in later (``set_chart``) so that matplotlib loads after the window paints."""

    month_chosen = Signal(int)
    play_toggled = Signal(bool)

    def __init__(self, months: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("impact")
        self.months = months
        outer = QHBoxLayout(self)
        outer.setContentsMargins(10, 6, 10, 6)
        outer.setSpacing(12)
        left = QVBoxLayout()
        left.setSpacing(6)
        self.tag = _heading(f"What happened \u00b7 {ILLUSTRATIVE}", "kicker")
        self.sentence = _heading("", "sentence")
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.numbers = _heading("", "numbers")
        controls = QHBoxLayout()
        controls.setSpacing(6)
        self.step_back = QToolButton()
        self.step_back.setText("\u25c0")
        self.step_back.setToolTip("Previous month")
        self.step_back.setAccessibleName("Previous month")
        self.play = QToolButton()
        self.play.setCheckable(True)
        self.play.setText("\u25b6 Play")
        self.play.setToolTip("Play the months after the change")
        self.step_forward = QToolButton()
        self.step_forward.setText("\u25b6")
        self.step_forward.setToolTip("Next month")
        self.step_forward.setAccessibleName("Next month")
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, months)
        self.slider.setPageStep(3)
        self.slider.setAccessibleName("Month after the change")
        self.month_label = _heading("", "numbers")
        for widget in (self.step_back, self.play, self.step_forward):
            controls.addWidget(widget)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.month_label)
        words = QWidget()
        words.setObjectName("impactWords")
        words_box = QVBoxLayout(words)
        words_box.setContentsMargins(0, 0, 0, 0)
        words_box.setSpacing(6)
        words_box.addWidget(self.tag)
        words_box.addWidget(self.sentence)
        words_box.addWidget(self.numbers)
        words_box.addStretch(1)
        # With large text the words may need more height than the strip has: they scroll, never
        # clip, and the month controls below them stay in view.
        self.words_scroll = QScrollArea()
        self.words_scroll.setObjectName("impactScroll")
        self.words_scroll.setWidget(words)
        self.words_scroll.setWidgetResizable(True)
        self.words_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.words_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.words_scroll.viewport().setAutoFillBackground(False)
        words.setAutoFillBackground(False)
        left.addWidget(self.words_scroll, 1)
        left.addLayout(controls)
        self.left = QWidget()
        self.left.setLayout(left)
        self.left.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        outer.addWidget(self.left, 5)
        self.chart_slot = QVBoxLayout()
        self.chart_placeholder = _heading("Loading the chart\u2026", "note")
        self.chart_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_slot.addWidget(self.chart_placeholder)
        outer.addLayout(self.chart_slot, 4)
        self.chart: QWidget | None = None
        self.set_month(0)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.step_back.clicked.connect(lambda: self.slider.setValue(self.slider.value() - 1))
        self.step_forward.clicked.connect(lambda: self.slider.setValue(self.slider.value() + 1))
        self.play.toggled.connect(self._on_play_toggled)

    def set_chart(self, chart: QWidget) -> None:
        self.chart_placeholder.hide()
        self.chart_slot.removeWidget(self.chart_placeholder)
        self.chart_placeholder.deleteLater()
        self.chart = chart
        self.chart_slot.addWidget(chart)

    def set_month(self, month: int) -> None:
        """Show this month on the controls without emitting month_chosen."""
        blocked = self.slider.blockSignals(True)
        self.slider.setValue(month)
        self.slider.blockSignals(blocked)
        self.month_label.setText("Right after" if month == 0 else f"Month {month}")

    def set_playing(self, playing: bool) -> None:
        blocked = self.play.blockSignals(True)
        self.play.setChecked(playing)
        self.play.blockSignals(blocked)
        self.play.setText("\u23f8 Pause" if playing else "\u25b6 Play")

    def show_assessment(self, assessment: Assessment, month: int, sentence: str) -> None:
        state = assessment.timeline.at(month)
        self.sentence.setText(sentence)
        when = "right after" if month == 0 else f"in month {month}"
        self.numbers.setText(
            f"Reaching US streets {when}: {format_amount(state.delivered)} units a month, "
            f"{format_share(state.share_of_baseline)} of baseline \u00b7 price index {state.price_index:.2f} \u00b7 "
            f"trafficking groups {state.active_groups} (baseline {assessment.timeline.baseline_groups})"
        )

    def _on_slider_value_changed(self, month: int) -> None:
        self.month_label.setText("Right after" if month == 0 else f"Month {month}")
        self.month_chosen.emit(month)

    def _on_play_toggled(self, playing: bool) -> None:
        self.set_playing(playing)
        self.play_toggled.emit(playing)

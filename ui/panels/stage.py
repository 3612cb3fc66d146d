"""One stage of the tour, read top to bottom: the story, the views side by side, key facts with their
sources, a misconception with the evidence, policies to try (on the policy stage), the quiz and the
teacher notes behind a toggle.

Links are never followed by the panel: a click on a source emits ``link_clicked`` and the window
opens it in the system browser.

Signals:
    StagePanel.preset_applied(str), StagePanel.link_clicked(QUrl),
    StagePanel.answer_chosen(int, int): question index in the stage, the choice's index in the scenario.
    StagePanel.lab_requested(): the policy stage's button to open the policy lab.
    StagePanel.challenge_check_requested(): check the learner's plan against the stage's challenge.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QToolButton, QVBoxLayout, QWidget

from model.scenario import Preset, Scenario, Stage
from ui.dialogs import PerspectivesDialog
from ui.lesson.challenge import ChallengeChecker
from ui.lesson.describe import Describer
from ui.lesson.documents import facts_list, perspective_markdown, perspectives_heading, teacher_notes_markdown, with_sources
from ui.lesson.quiz import choice_order
from ui.lesson.session import Session
from ui.panels.challenge import ChallengeCard
from ui.panels.quiz import QuizCard
from ui.panels.widgets import Card, TextBlock, WrapButton, heading


class StagePanel(QScrollArea):
    """One stage of the tour; rebuilt for each stage from the scenario and the learner's session."""

    preset_applied = Signal(str)
    link_clicked = Signal(QUrl)
    answer_chosen = Signal(int, int)
    lab_requested = Signal()
    challenge_check_requested = Signal()

    def __init__(self, scenario: Scenario, describer: Describer, challenges: ChallengeChecker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scenario = scenario
        self.describer = describer
        self.challenges = challenges
        self.challenge_card: ChallengeCard | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Stage panel"))
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

    def show_stage(self, session: Session) -> None:
        """Rebuild the panel for the session's stage."""
        stage_index = session.stage
        stage = self.scenario.stages[stage_index]
        self.stage, self.stage_index = stage, stage_index
        self.quiz_cards, self.preset_buttons, self.blocks = [], {}, []
        content = QWidget()
        content.setObjectName("panel")
        box = QVBoxLayout(content)
        box.setContentsMargins(14, 12, 14, 16)
        box.setSpacing(10)
        box.addWidget(heading(self.describer.stage_kicker(stage_index), "kicker"))
        box.addWidget(heading(stage.title, "title"))
        box.addWidget(self._block(stage.narrative))
        self._add_perspectives(box, stage)
        self._add_facts(box, stage)
        if session.offers_presets(stage_index):
            self._add_policies(box)
        self._add_quiz(box, stage, session)
        self._add_challenge(box, stage, session)
        self._add_teacher_notes(box, stage)
        box.addStretch(1)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self._content = content
        self.setWidget(content)
        self.verticalScrollBar().setValue(0)

    def _add_perspectives(self, box: QVBoxLayout, stage: Stage) -> None:
        self.compare_button = None
        if not stage.perspectives:
            return
        box.addWidget(heading(perspectives_heading(len(stage.perspectives)), "section"))
        for perspective in stage.perspectives:
            card = Card("perspective")
            card.box.addWidget(heading(perspective.who, "card-title"))
            card.box.addWidget(self._block(perspective_markdown(perspective)))
            box.addWidget(card)
        self.compare_button = WrapButton(self.tr("Show them in columns, side by side"))
        self.compare_button.clicked.connect(self._on_compare_clicked)
        box.addWidget(self.compare_button)

    def _add_facts(self, box: QVBoxLayout, stage: Stage) -> None:
        if stage.key_facts:
            box.addWidget(heading(self.tr("Key facts"), "section"))
            for fact in stage.key_facts:
                card = Card("fact")
                card.box.addWidget(self._block(with_sources(fact.text, fact.sources)))
                box.addWidget(card)
        for myth in stage.misconceptions:
            box.addWidget(heading(self.tr("A common misconception"), "section"))
            card = Card("myth")
            card.box.addWidget(self._block(self.tr("**What people often think:** {claim}").format(claim=myth.claim)))
            evidence = self.tr("**What the evidence says:** {evidence}").format(evidence=myth.evidence)
            card.box.addWidget(self._block(with_sources(evidence, myth.sources)))
            box.addWidget(card)

    def _add_policies(self, box: QVBoxLayout) -> None:
        if self.scenario.model_limits:
            box.addWidget(heading(self.tr("What the model cannot show"), "section"))
            card = Card("fact")
            card.box.addWidget(self._block(facts_list(self.scenario.model_limits)))
            box.addWidget(card)
        self.lab_button = WrapButton(self.tr("Compare plans side by side in the policy lab"))
        self.lab_button.clicked.connect(self.lab_requested)
        box.addWidget(self.lab_button)
        if not self.scenario.presets:
            return
        box.addWidget(heading(self.tr("Try a policy"), "section"))
        box.addWidget(heading(self.tr("Each one changes the model; Undo takes it back."), "note"))
        for preset in self.scenario.presets:
            box.addWidget(self._preset_card(preset))

    def _add_quiz(self, box: QVBoxLayout, stage: Stage, session: Session) -> None:
        if not stage.quiz:
            return
        box.addWidget(heading(self.tr("Check your understanding"), "section"))
        for n, question in enumerate(stage.quiz):
            card = QuizCard(n + 1, question, choice_order(session.quiz_seed, stage.id, n, len(question.choices)))
            past = session.answer_to(stage.id, n)
            if past is not None:
                card.show_answer(past)
            card.answered.connect(lambda index, n=n: self.answer_chosen.emit(n, index))
            self.quiz_cards.append(card)
            box.addWidget(card)

    def _add_challenge(self, box: QVBoxLayout, stage: Stage, session: Session) -> None:
        self.challenge_card = None
        if stage.challenge is None:
            return
        card = ChallengeCard(stage.challenge, self.challenges)
        card.show_result(session.challenge(stage.id))
        card.check_requested.connect(self.challenge_check_requested)
        self.challenge_card = card
        box.addWidget(card)

    def _add_teacher_notes(self, box: QVBoxLayout, stage: Stage) -> None:
        self.teacher_toggle, self.teacher_notes = None, None
        if stage.teacher_notes is None:
            return
        toggle = QToolButton()
        toggle.setText(self.tr("Teacher notes"))
        toggle.setCheckable(True)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setArrowType(Qt.ArrowType.RightArrow)
        solution = self.challenges.solution(stage.challenge) if stage.challenge is not None else ""
        text = self._block(teacher_notes_markdown(stage.teacher_notes, solution))
        text.hide()
        toggle.toggled.connect(self._on_teacher_toggled)
        self.teacher_toggle, self.teacher_notes = toggle, text
        box.addWidget(toggle)
        box.addWidget(text)

    def _block(self, markdown: str) -> TextBlock:
        block = TextBlock(markdown)
        block.anchorClicked.connect(self.link_clicked)
        self.blocks.append(block)
        return block

    def _preset_card(self, preset: Preset) -> Card:
        card = Card("preset")
        card.box.addWidget(heading(preset.name, "card-title"))
        card.box.addWidget(self._block(with_sources(preset.description, preset.sources)))
        button = WrapButton(self.describer.preset_command(preset.name))
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
        from PySide6.QtWidgets import QLabel

        parts = [label.text() for label in self._content.findChildren(QLabel) if label.isVisibleTo(self._content)]
        parts += [b.toPlainText() for b in self._content.findChildren(TextBlock) if b.isVisibleTo(self._content)]
        return "\n".join(parts)

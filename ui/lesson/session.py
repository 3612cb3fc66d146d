"""The learner's whole state as one frozen value, with pure transitions and listeners.

A ``Session`` is what a learner has done and where they are: the plan (removed actors and applied
policies), the last change and what it was, a change waiting for the learner's prediction, the stage
of the tour and the stages seen, exploring freely or not, the selected actor, the chosen month and how
far the months have been played since the last change, quiz answers, predictions and challenges.
Every transition returns a new session; a ``SessionStore`` holds the current one and tells its
listeners what changed, so that the window redraws only what it must. Undo and redo swap plans
through the store. ``ui.lesson.session_file`` saves sessions to JSON and reads them back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace

from model.interventions import Plan
from model.network import SupplyNetwork


@dataclass(frozen=True)
class QuizAnswer:
    """The choice a learner made for a quiz question (its index in the scenario's list of choices)."""

    stage: str
    question: int
    choice: int


@dataclass(frozen=True)
class Prediction:
    """What a learner expected a plan to do before seeing it, and why (room for the predict step)."""

    plan: Plan
    right_after: float | None = None  # share of baseline supply, 0 to 1
    after_months: float | None = None
    taker: str | None = None  # the actor expected to carry most of the diverted flow
    why: str = ""


@dataclass(frozen=True)
class PendingChange:
    """A change the learner asked for, held back until they have said what they expect it to do."""

    plan: Plan
    what: str
    actor: str | None
    taker: str | None = None  # the actor the learner expects to carry most of the diverted flow


@dataclass(frozen=True)
class ChallengeResult:
    """A stage's challenge, checked: whether the learner's answer met it, and the answer."""

    stage: str
    solved: bool
    answer: str  # what was checked, in words


@dataclass(frozen=True)
class LastChange:
    """The change that made the current plan: what it was called, the actor it was about, the plan before."""

    what: str
    actor: str | None
    before: Plan


@dataclass(frozen=True)
class Session:
    """The learner's state; see the module docstring. ``network`` is context, not state."""

    network: SupplyNetwork = field(compare=False, repr=False)
    plan: Plan = field(default_factory=Plan)
    change: LastChange | None = None
    stage: int = 0
    seen: frozenset[int] = frozenset({0})
    explore: bool = False
    selected: str | None = None
    month: int = 0
    answers: tuple[QuizAnswer, ...] = ()
    predictions: tuple[Prediction, ...] = ()
    quiz_seed: int = 0  # shuffles each quiz question's choices, the same way all session long
    pending: PendingChange | None = None
    played: int = 0  # the furthest month shown since the last change: later months stay hidden until played
    challenges: tuple[ChallengeResult, ...] = ()

    # transitions ------------------------------------------------------------------------------
    def with_plan(self, plan: Plan, what: str = "", actor: str | None = None) -> Session:
        """A new plan (after a removal, a restore, a policy, an undo): the months start again at 0."""
        if plan == self.plan:
            return replace(self, pending=None) if self.pending is not None else self
        return replace(self, plan=plan, change=LastChange(what, actor, self.plan), month=0, played=0, pending=None)

    def propose(self, plan: Plan, what: str, actor: str | None) -> Session:
        """Hold a change back until the learner has predicted what it will do."""
        return replace(self, pending=PendingChange(plan, what, actor))

    def guess_taker(self, actor_id: str | None) -> Session:
        """The actor the learner expects to carry most of the diverted flow (while predicting)."""
        if self.pending is None:
            return self
        return replace(self, pending=replace(self.pending, taker=actor_id))

    def drop_pending(self) -> Session:
        return replace(self, pending=None)

    def at_stage(self, index: int) -> Session:
        """Go to a stage of the tour (clamped); a selection the stage hides is cleared."""
        index = max(0, min(index, len(self.network.scenario.stages) - 1))
        moved = replace(self, stage=index, seen=self.seen | {index})
        if moved.selected is not None and not moved.is_revealed(moved.selected):
            moved = replace(moved, selected=None)
        return moved

    def exploring(self, explore: bool) -> Session:
        return replace(self, explore=explore)

    def select(self, actor_id: str | None) -> Session:
        if actor_id is not None and actor_id not in self.network.actors:
            raise KeyError(actor_id)
        return replace(self, selected=actor_id)

    def at_month(self, month: int, last: int) -> Session:
        month = max(0, min(month, last))
        return replace(self, month=month, played=max(self.played, month))

    def reveal_months(self, last: int) -> Session:
        """Show every month at once (the learner skipped playing them)."""
        return replace(self, played=last)

    def answer(self, stage_id: str, question: int, choice: int) -> Session:
        """Record a quiz answer (the first answer to a question counts; it cannot be changed)."""
        if any(a.stage == stage_id and a.question == question for a in self.answers):
            return self
        return replace(self, answers=(*self.answers, QuizAnswer(stage_id, question, choice)))

    def predict(self, prediction: Prediction) -> Session:
        return replace(self, predictions=(*self.predictions, prediction))

    def explain_last(self, why: str) -> Session:
        """The learner's one-line reason for their last prediction, added after seeing the outcome."""
        if not self.predictions:
            return self
        return replace(self, predictions=(*self.predictions[:-1], replace(self.predictions[-1], why=why.strip())))

    def solve_challenge(self, result: ChallengeResult) -> Session:
        """Record a challenge's check (the latest check of a stage counts)."""
        kept = tuple(r for r in self.challenges if r.stage != result.stage)
        return replace(self, challenges=(*kept, result))

    def challenge(self, stage_id: str) -> ChallengeResult | None:
        return next((r for r in self.challenges if r.stage == stage_id), None)

    # questions about the state ------------------------------------------------------------------
    def stage_has_actors(self, index: int) -> bool:
        stage_id = self.network.scenario.stages[index].id
        return any(a.stage == stage_id for a in self.network.scenario.actors)

    def is_revealed(self, actor_id: str) -> bool:
        """On the network: every stage when exploring freely, else the stages up to the current one."""
        return self.explore or self.network.stage_order[self.network.actors[actor_id].stage] <= self.stage

    def is_current(self, actor_id: str) -> bool:
        """Drawn at full strength: in the current stage (or every stage, when exploring or on a stage without actors)."""
        if self.explore or not self.stage_has_actors(self.stage):
            return True
        return self.network.stage_order[self.network.actors[actor_id].stage] == self.stage

    def offers_presets(self, index: int) -> bool:
        """Policies belong to the policy stage: a stage without actors, else the last stage."""
        stages = self.network.scenario.stages
        empty = [i for i in range(len(stages)) if not self.stage_has_actors(i)]
        return index in empty if empty else index == len(stages) - 1

    def answer_to(self, stage_id: str, question: int) -> int | None:
        return next((a.choice for a in self.answers if a.stage == stage_id and a.question == question), None)

    def score(self, stage_id: str) -> tuple[int, int, int]:
        """Quiz answers of a stage: (right, answered, questions)."""
        stage = self.network.scenario.stage(stage_id)
        right = answered = 0
        for i, question in enumerate(stage.quiz):
            choice = self.answer_to(stage_id, i)
            if choice is not None:
                answered += 1
                right += int(choice == question.correct)
        return right, answered, len(stage.quiz)


Listener = Callable[[Session, Session, frozenset[str]], None]


def changed_fields(old: Session, new: Session) -> frozenset[str]:
    """The names of the session's fields that differ between two sessions."""
    return frozenset(f.name for f in fields(Session) if f.compare and getattr(old, f.name) != getattr(new, f.name))


class SessionStore:
    """Holds the current session and tells listeners (old, new, changed field names) of each change."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._listeners: list[Listener] = []

    @property
    def session(self) -> Session:
        return self._session

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every change; returns a function that stops it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def set(self, session: Session) -> bool:
        """Make ``session`` current; False (and no call) when nothing differs."""
        old = self._session
        changed = changed_fields(old, session)
        if not changed and session.network is old.network:
            return False
        self._session = session
        for listener in list(self._listeners):
            listener(old, session, changed)
        return True

    def update(self, transition: Callable[[Session], Session]) -> bool:
        return self.set(transition(self._session))

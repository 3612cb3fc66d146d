"""The learner's whole state as one frozen value, with pure transitions, listeners and JSON files.

A ``Session`` is what a learner has done and where they are: the plan (removed actors and applied
policies), the last change and what it was, the stage of the tour and the stages seen, exploring
freely or not, the selected actor, the chosen month, quiz answers and predictions. Every transition
returns a new session; a ``SessionStore`` holds the current one and tells its listeners what changed,
so that the window redraws only what it must. Undo and redo swap plans through the store.

Sessions save to JSON with a format version; a file from a newer version, a broken file or one for
another scenario gives a ``SessionError`` with a clear message and changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, replace
from typing import Any

from pydantic import TypeAdapter, ValidationError

from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import Action
from ui.lesson.documents import APP_NAME
from ui.lesson.i18n import translate

FORMAT = APP_NAME.lower().replace(" ", "-") + "/session"
VERSION = 1


class SessionError(ValueError):
    """A session file that cannot be used; the message says why, for the learner."""


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

    # transitions ------------------------------------------------------------------------------
    def with_plan(self, plan: Plan, what: str = "", actor: str | None = None) -> Session:
        """A new plan (after a removal, a restore, a policy, an undo): the months start again at 0."""
        if plan == self.plan:
            return self
        return replace(self, plan=plan, change=LastChange(what, actor, self.plan), month=0)

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
        return replace(self, month=max(0, min(month, last)))

    def answer(self, stage_id: str, question: int, choice: int) -> Session:
        """Record a quiz answer (the first answer to a question counts; it cannot be changed)."""
        if any(a.stage == stage_id and a.question == question for a in self.answers):
            return self
        return replace(self, answers=(*self.answers, QuizAnswer(stage_id, question, choice)))

    def predict(self, prediction: Prediction) -> Session:
        return replace(self, predictions=(*self.predictions, prediction))

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

    # files --------------------------------------------------------------------------------------
    def to_json(self) -> str:
        scenario = self.network.scenario
        data = {
            "format": FORMAT,
            "version": VERSION,
            "scenario": {"id": scenario.id, "language": scenario.language, "title": scenario.title},
            "plan": _plan_data(self.plan),
            "change": None
            if self.change is None
            else {"what": self.change.what, "actor": self.change.actor, "before": _plan_data(self.change.before)},
            "stage": self.stage,
            "seen": sorted(self.seen),
            "explore": self.explore,
            "selected": self.selected,
            "month": self.month,
            "answers": [{"stage": a.stage, "question": a.question, "choice": a.choice} for a in self.answers],
            "quiz_seed": self.quiz_seed,
            "predictions": [
                {
                    "plan": _plan_data(p.plan),
                    "right_after": p.right_after,
                    "after_months": p.after_months,
                    "taker": p.taker,
                    "why": p.why,
                }
                for p in self.predictions
            ],
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    @staticmethod
    def from_json(text: str, network: SupplyNetwork, months: int) -> Session:
        """Read a saved session for this scenario; raise SessionError saying what is wrong."""
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            raise SessionError(translate("session", "This is not a session file (it is not valid JSON).")) from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise SessionError(translate("session", "This is not a session file of this app."))
        version = data.get("version")
        if not isinstance(version, int) or version < 1:
            raise SessionError(translate("session", "The session file has no valid format version."))
        if version > VERSION:
            raise SessionError(
                translate(
                    "session", "This session was saved by a newer version of the app (format {found}); this version reads format {known}."
                ).format(found=version, known=VERSION)
            )
        return _read(data, network, months)


def _plan_data(plan: Plan) -> dict[str, Any]:
    return {"removed": list(plan.removed), "actions": [a.model_dump(by_alias=True, exclude_none=True) for a in plan.actions]}


_ACTIONS: TypeAdapter[tuple[Action, ...]] = TypeAdapter(tuple[Action, ...])


class _Reader:
    """Checks each part of a session file against the scenario, naming the part that is wrong."""

    def __init__(self, network: SupplyNetwork) -> None:
        self.network = network

    def fail(self, where: str) -> SessionError:
        return SessionError(translate("session", "The session file is damaged: {part} is not valid.").format(part=where))

    def plan(self, data: Any, where: str) -> Plan:
        if not isinstance(data, dict) or not isinstance(data.get("removed"), list) or not isinstance(data.get("actions", []), list):
            raise self.fail(where)
        removed = data["removed"]
        if not all(isinstance(a, str) and a in self.network.actors for a in removed):
            raise self.fail(where)
        try:
            actions = _ACTIONS.validate_python(data.get("actions", []))
        except ValidationError:
            raise self.fail(where) from None
        return Plan(tuple(dict.fromkeys(removed)), tuple(actions))

    def actor(self, value: Any, where: str) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or value not in self.network.actors:
            raise self.fail(where)
        return value

    def number(self, value: Any, where: str, low: int, high: int) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise self.fail(where)
        return value

    def share(self, value: Any, where: str) -> float | None:
        if value is None:
            return None
        if not isinstance(value, int | float) or isinstance(value, bool) or not 0 <= value <= 1:
            raise self.fail(where)
        return float(value)


def _read(data: dict[str, Any], network: SupplyNetwork, months: int) -> Session:
    scenario = network.scenario
    meta = data.get("scenario")
    if not isinstance(meta, dict) or (meta.get("id"), meta.get("language")) != (scenario.id, scenario.language):
        title = meta.get("title") if isinstance(meta, dict) and isinstance(meta.get("title"), str) else "?"
        raise SessionError(
            translate("session", "This session belongs to another scenario (\u201c{other}\u201d), not to \u201c{this}\u201d.").format(
                other=title, this=scenario.title
            )
        )
    read = _Reader(network)
    last_stage = len(scenario.stages) - 1
    seen = data.get("seen")
    if not isinstance(seen, list) or not seen:
        raise read.fail("seen")
    change = data.get("change")
    if change is not None and (not isinstance(change, dict) or not isinstance(change.get("what"), str)):
        raise read.fail("change")
    answers = data.get("answers", [])
    predictions = data.get("predictions", [])
    if not isinstance(answers, list) or not isinstance(predictions, list) or not isinstance(data.get("explore"), bool):
        raise read.fail("answers")
    session = Session(
        network=network,
        plan=read.plan(data.get("plan"), "plan"),
        change=None
        if change is None
        else LastChange(change["what"], read.actor(change.get("actor"), "change"), read.plan(change.get("before"), "change")),
        stage=read.number(data.get("stage"), "stage", 0, last_stage),
        seen=frozenset(read.number(s, "seen", 0, last_stage) for s in seen),
        explore=data["explore"],
        selected=read.actor(data.get("selected"), "selected"),
        month=read.number(data.get("month"), "month", 0, months),
        answers=tuple(_answers(answers, read, network)),
        quiz_seed=read.number(data.get("quiz_seed", 0), "quiz_seed", 0, 2**31 - 1),
        predictions=tuple(
            Prediction(
                plan=read.plan(p.get("plan"), "predictions"),
                right_after=read.share(p.get("right_after"), "predictions"),
                after_months=read.share(p.get("after_months"), "predictions"),
                taker=read.actor(p.get("taker"), "predictions"),
                why=p.get("why", "") if isinstance(p.get("why", ""), str) else "",
            )
            for p in predictions
            if isinstance(p, dict)
        ),
    )
    return session


def _answers(items: Iterable[Any], read: _Reader, network: SupplyNetwork) -> Iterable[QuizAnswer]:
    stages = {s.id: s for s in network.scenario.stages}
    for item in items:
        if not isinstance(item, dict) or item.get("stage") not in stages:
            raise read.fail("answers")
        quiz = stages[item["stage"]].quiz
        question = read.number(item.get("question"), "answers", 0, max(0, len(quiz) - 1))
        if not quiz:
            raise read.fail("answers")
        choice = read.number(item.get("choice"), "answers", 0, len(quiz[question].choices) - 1)
        yield QuizAnswer(item["stage"], question, choice)


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

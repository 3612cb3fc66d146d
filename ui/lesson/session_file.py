"""Sessions as JSON files: what a learner did, saved and read back.

The file names the scenario it belongs to (its id and language, the file it was read from, and a
hash of its content) and has a format version. A file from a newer version, a broken file or one for
another scenario gives a ``SessionError`` with a clear message, and nothing is changed.
``scenario_ref`` reads only whom a file belongs to, so that the window can say so (or open that
scenario) before reading the rest. ``write_atomic`` writes a file whole or not at all (the autosave).
"""

from __future__ import annotations

import contextlib
import enum
import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import Scenario
from model.scenario.cache import content_digest
from model.scenario.rules import file_data
from ui.lesson.documents import APP_NAME
from ui.lesson.i18n import translate
from ui.lesson.session import ChallengeResult, LastChange, PendingChange, Prediction, QuizAnswer, Session

FORMAT = APP_NAME.lower().replace(" ", "-") + "/session"
VERSION = 1


class SessionError(ValueError):
    """A session file that cannot be used; the message says why, for the learner."""


def scenario_digest(scenario: Scenario) -> str:
    """A hash of the scenario as it was read (not of its file's bytes: a comment or a layout change in
    the YAML makes no other scenario); see ``model.scenario.cache.content_digest``."""
    return content_digest(scenario)


class Belongs(enum.Enum):
    """How a saved session's scenario relates to the one that is open."""

    SAME = "same"
    CHANGED = "changed"  # the same scenario (id and language), but its content differs from when it was saved
    OTHER = "other"


@dataclass(frozen=True)
class ScenarioRef:
    """Whom a session file belongs to: the scenario's id, language and title, the file it was read
    from and a hash of its content (the last two are absent in files saved before they were added)."""

    id: str | None
    language: str | None
    title: str
    path: str | None = None
    digest: str | None = None

    def belongs(self, scenario: Scenario, digest: str | None = None) -> Belongs:
        if (self.id, self.language) != (scenario.id, scenario.language):
            return Belongs.OTHER
        if self.digest is not None and self.digest != (digest or scenario_digest(scenario)):
            return Belongs.CHANGED
        return Belongs.SAME


def to_json(session: Session, source: Path | None = None, digest: str | None = None) -> str:
    """The session as JSON; ``source``: the scenario file it belongs to (named in the file),
    ``digest``: the scenario's ``scenario_digest``, when the caller keeps it."""
    scenario = session.network.scenario
    pending = session.pending
    data = {
        "format": FORMAT,
        "version": VERSION,
        "scenario": {
            "id": scenario.id,
            "language": scenario.language,
            "title": scenario.title,
            "path": str(source) if source is not None else None,
            "sha256": digest or scenario_digest(scenario),
        },
        "plan": _plan_data(session.plan),
        "change": None
        if session.change is None
        else {"what": session.change.what, "actor": session.change.actor, "before": _plan_data(session.change.before)},
        "pending": None
        if pending is None
        else {"plan": _plan_data(pending.plan), "what": pending.what, "actor": pending.actor, "taker": pending.taker},
        "stage": session.stage,
        "seen": sorted(session.seen),
        "explore": session.explore,
        "selected": session.selected,
        "month": session.month,
        "played": session.played,
        "answers": [{"stage": a.stage, "question": a.question, "choice": a.choice} for a in session.answers],
        "quiz_seed": session.quiz_seed,
        "predictions": [
            {"plan": _plan_data(p.plan), "right_after": p.right_after, "after_months": p.after_months, "taker": p.taker, "why": p.why}
            for p in session.predictions
        ],
        "challenges": [{"stage": c.stage, "solved": c.solved, "answer": c.answer} for c in session.challenges],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _document(text: str) -> dict[str, Any]:
    """The JSON object of a session file of a version this app reads; raise SessionError if it is not one."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise SessionError(translate("session", "This is not a session file (it is not valid JSON).")) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SessionError(translate("session", "This is not a session file of this app."))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SessionError(translate("session", "The session file has no valid format version."))
    if version > VERSION:
        raise SessionError(
            translate(
                "session", "This session was saved by a newer version of the app (format {found}); this version reads format {known}."
            ).format(found=version, known=VERSION)
        )
    return data


def scenario_ref(text: str) -> ScenarioRef:
    """Whom a session file belongs to, read without the scenario; raise SessionError if it is no session file."""
    meta = _document(text).get("scenario", MISSING)
    if not isinstance(meta, dict):
        raise _damaged("scenario", translate("session", "an object naming the scenario: id, language, title"), meta)

    def text_of(key: str) -> str | None:
        value = meta.get(key)
        return value if isinstance(value, str) and value else None

    return ScenarioRef(text_of("id"), text_of("language"), text_of("title") or "?", text_of("path"), text_of("sha256"))


def from_json(text: str, network: SupplyNetwork, months: int) -> Session:
    """Read a saved session for this scenario; raise SessionError saying what is wrong."""
    data = _document(text)
    ref = scenario_ref(text)
    scenario = network.scenario
    belongs = ref.belongs(scenario)
    if belongs is Belongs.OTHER:
        raise SessionError(
            translate("session", "This session belongs to another scenario (\u201c{other}\u201d), not to \u201c{this}\u201d.").format(
                other=ref.title, this=scenario.title
            )
        )
    try:
        return _read(data, network, months)
    except SessionError as exc:
        if belongs is Belongs.CHANGED:
            raise SessionError(
                translate(
                    "session", "This session was saved with another version of \u201c{this}\u201d and no longer fits it: {problem}"
                ).format(this=scenario.title, problem=exc)
            ) from None
        raise


def write_atomic(path: Path, text: str) -> None:
    """Write a file whole or not at all: a temporary file in the same folder, flushed to the disk,
    then renamed over the old one (a crash or a power cut mid-write leaves the old file intact)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _plan_data(plan: Plan) -> dict[str, Any]:
    return {"removed": list(plan.removed), "actions": [file_data(a) for a in plan.actions]}


def _damaged(where: str, expected: str = "", found: Any = None) -> SessionError:
    """Name the part of the file, what it should be and what is there (quoted as data, shortened)."""
    if not expected:
        return SessionError(translate("session", "The session file is damaged: {part} is not valid.").format(part=where))
    return SessionError(
        translate("session", "The session file is damaged: {part} is not valid (expected {expected}; found {found}).").format(
            part=where, expected=expected, found=_shown(found)
        )
    )


class _Missing:
    """A key the file does not have (said as such, not as null)."""


MISSING = _Missing()


def _shown(value: Any, limit: int = 60) -> str:
    if value is MISSING:
        return translate("session", "nothing")
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        text = type(value).__name__
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


class _Reader:
    """Checks each part of a session file against the scenario, naming the part that is wrong, what it
    should be and what the file has there."""

    def __init__(self, network: SupplyNetwork) -> None:
        self.network = network

    def fail(self, where: str, expected: str = "", found: Any = MISSING) -> SessionError:
        return _damaged(where, expected, found)

    def plan(self, data: Any, where: str) -> Plan:
        if not isinstance(data, dict) or not isinstance(data.get("removed"), list) or not isinstance(data.get("actions", []), list):
            raise self.fail(where, translate("session", "an object with the lists \u201cremoved\u201d and \u201cactions\u201d"), data)
        removed = data["removed"]
        for actor in removed:
            if not isinstance(actor, str) or actor not in self.network.actors:
                raise self.fail(f"{where}.removed", translate("session", "ids of this scenario\u2019s actors"), actor)
        from model.scenario import schema  # pydantic: imported when a session file is first read

        try:
            actions = schema.actions(data.get("actions", []))
        except schema.ValidationError as exc:
            first = exc.errors()[0]
            place = ".".join(str(p) for p in first["loc"])
            expected = translate("session", "policies as the scenario\u2019s presets write them")
            raise self.fail(f"{where}.actions[{place}]", expected, first.get("input")) from None
        return Plan(tuple(dict.fromkeys(removed)), tuple(actions))

    def actor(self, value: Any, where: str) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or value not in self.network.actors:
            raise self.fail(where, translate("session", "the id of one of this scenario\u2019s actors, or null"), value)
        return value

    def number(self, value: Any, where: str, low: int, high: int) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise self.fail(where, translate("session", "a whole number from {low} to {high}").format(low=low, high=high), value)
        return value

    def flag(self, value: Any, where: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(where, translate("session", "true or false"), value)
        return value

    def text(self, value: Any, where: str) -> str:
        if not isinstance(value, str):
            raise self.fail(where, translate("session", "text"), value)
        return value

    def stage_id(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or value not in {s.id for s in self.network.scenario.stages}:
            raise self.fail(where, translate("session", "the id of one of this scenario\u2019s stages"), value)
        return value

    def items(self, value: Any, where: str) -> list[dict[str, Any]]:
        """A list of mappings (anything else in it is damage)."""
        if not isinstance(value, list):
            raise self.fail(where, translate("session", "a list"), value)
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                raise self.fail(f"{where}[{index}]", translate("session", "an object"), item)
        return value

    def share(self, value: Any, where: str) -> float | None:
        if value is None:
            return None
        if not isinstance(value, int | float) or isinstance(value, bool) or not 0 <= value <= 1:
            raise self.fail(where, translate("session", "a share from 0 to 1, or null"), value)
        return float(value)


def _read(data: dict[str, Any], network: SupplyNetwork, months: int) -> Session:
    scenario = network.scenario
    read = _Reader(network)
    last_stage = len(scenario.stages) - 1
    seen = data.get("seen", MISSING)
    if not isinstance(seen, list) or not seen:
        raise read.fail("seen", translate("session", "a list of the stages seen, from 0 to {last}").format(last=last_stage), seen)
    return Session(
        network=network,
        plan=read.plan(data.get("plan", MISSING), "plan"),
        change=_change(data.get("change"), read),
        pending=_pending(data.get("pending"), read),
        stage=read.number(data.get("stage", MISSING), "stage", 0, last_stage),
        seen=frozenset(read.number(s, f"seen[{i}]", 0, last_stage) for i, s in enumerate(seen)),
        explore=read.flag(data.get("explore", MISSING), "explore"),
        selected=read.actor(data.get("selected"), "selected"),
        month=read.number(data.get("month", MISSING), "month", 0, months),
        played=read.number(data.get("played", 0), "played", 0, months),
        answers=tuple(_answers(read.items(data.get("answers", []), "answers"), read, network)),
        quiz_seed=read.number(data.get("quiz_seed", 0), "quiz_seed", 0, 2**31 - 1),
        predictions=tuple(_predictions(read.items(data.get("predictions", []), "predictions"), read)),
        challenges=tuple(_challenges(read.items(data.get("challenges", []), "challenges"), read)),
    )


def _change(value: Any, read: _Reader) -> LastChange | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise read.fail("change", translate("session", "an object, or null"), value)
    return LastChange(
        read.text(value.get("what", MISSING), "change.what"),
        read.actor(value.get("actor"), "change.actor"),
        read.plan(value.get("before", MISSING), "change.before"),
    )


def _pending(value: Any, read: _Reader) -> PendingChange | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise read.fail("pending", translate("session", "an object, or null"), value)
    return PendingChange(
        read.plan(value.get("plan", MISSING), "pending.plan"),
        read.text(value.get("what", MISSING), "pending.what"),
        read.actor(value.get("actor"), "pending.actor"),
        read.actor(value.get("taker"), "pending.taker"),
    )


def _predictions(items: Iterable[dict[str, Any]], read: _Reader) -> Iterable[Prediction]:
    for index, p in enumerate(items):
        where = f"predictions[{index}]"
        why = p.get("why", "")
        yield Prediction(
            plan=read.plan(p.get("plan", MISSING), f"{where}.plan"),
            right_after=read.share(p.get("right_after"), f"{where}.right_after"),
            after_months=read.share(p.get("after_months"), f"{where}.after_months"),
            taker=read.actor(p.get("taker"), f"{where}.taker"),
            why=why if isinstance(why, str) else "",
        )


def _challenges(items: Iterable[dict[str, Any]], read: _Reader) -> Iterable[ChallengeResult]:
    for index, c in enumerate(items):
        where = f"challenges[{index}]"
        yield ChallengeResult(
            read.stage_id(c.get("stage", MISSING), f"{where}.stage"),
            read.flag(c.get("solved", MISSING), f"{where}.solved"),
            read.text(c.get("answer", ""), f"{where}.answer"),
        )


def _answers(items: Iterable[dict[str, Any]], read: _Reader, network: SupplyNetwork) -> Iterable[QuizAnswer]:
    stages = {s.id: s for s in network.scenario.stages}
    for index, item in enumerate(items):
        where = f"answers[{index}]"
        stage = read.stage_id(item.get("stage", MISSING), f"{where}.stage")
        quiz = stages[stage].quiz
        if not quiz:
            raise read.fail(f"{where}.stage", translate("session", "a stage with a quiz"), stage)
        question = read.number(item.get("question", MISSING), f"{where}.question", 0, len(quiz) - 1)
        choice = read.number(item.get("choice", MISSING), f"{where}.choice", 0, len(quiz[question].choices) - 1)
        yield QuizAnswer(stage, question, choice)

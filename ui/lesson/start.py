"""The state a window starts in, asked for on the command line and checked without Qt.

``StartRequest`` holds the launch flags (--stage, --preset, --remove, --select, --month, --fullscreen,
--session) as given; ``check_start`` checks them against a scenario's network and gives a
``StartState`` ready to apply, or a ``BadStart`` whose message names the flag and what was expected.
The real window and ``--screenshot`` take the same path: main.py checks before Qt starts, and the
window applies the state (``ui.launch``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from model.interventions import Plan, UnknownActorError, check_actor
from model.network import SupplyNetwork
from ui.lesson.autosave import MAX_BYTES
from ui.lesson.describe import Describer
from ui.lesson.session import Session
from ui.lesson.session_file import SessionError, from_json, scenario_ref

WINDOW_MONTHS = 24  # the months the window shows after a change (the command line checks --month against them)


class BadStart(ValueError):
    """A launch flag that cannot be followed; the message names the flag and what was expected."""


@dataclass(frozen=True)
class StartRequest:
    """The launch flags as given (stages 1-based, as people count them)."""

    stage: int | None = None
    presets: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()
    select: str | None = None
    month: int | None = None
    fullscreen: bool = False
    session: Path | None = None

    @property
    def is_empty(self) -> bool:
        """No state asked for: the window may offer the autosave back."""
        return self == StartRequest()


@dataclass(frozen=True)
class Change:
    """One change to make at start: a removal (``actor``) or a preset (``preset``)."""

    plan: Plan
    actor: str | None = None
    preset: str | None = None


@dataclass(frozen=True)
class StartState:
    """A checked request: the session to restore, the stage (0-based), the changes in order, and the rest."""

    session: Session | None
    stage: int | None
    changes: tuple[Change, ...]
    select: str | None
    month: int | None
    fullscreen: bool


def change_text(change: Change, describer: Describer) -> str:
    """The change's name, as the undo stack and the what-happened sentence say it."""
    if change.actor is not None:
        return describer.remove_command(change.actor)
    return describer.preset_command(describer.scenario.preset(change.preset or "").name)


def started_session(state: StartState, session: Session, describer: Describer) -> Session:
    """The session a start state leads to, without a window (the command line's handout)."""
    session = state.session or session
    if state.stage is not None:
        session = session.at_stage(state.stage)
    for change in state.changes:
        session = session.with_plan(change.plan, change_text(change, describer), change.actor)
    if state.select is not None:
        session = session.select(state.select)
    if state.month is not None:
        session = session.at_month(state.month, WINDOW_MONTHS)
    return session


def read_session_text(path: Path) -> str:
    """A session file's text; raise BadStart naming --session when it cannot be read."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise BadStart(f"--session: {path} is too large to be a session file (at most {MAX_BYTES // 1024 // 1024} MB)")
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BadStart(f"--session: cannot read {path} ({exc.strerror or exc}); expected a session file saved by the app") from None
    except UnicodeDecodeError:
        raise BadStart(f"--session: {path} is not a session file (it is not UTF-8 text)") from None


def session_scenario(path: Path) -> Path | None:
    """The scenario file a session file names, if it names one that exists (else None: the caller's choice stands)."""
    try:
        ref = scenario_ref(read_session_text(path))
    except (BadStart, SessionError):
        return None  # check_start says what is wrong with the file
    if ref.path is None:
        return None
    scenario = Path(ref.path)
    return scenario if scenario.is_file() else None


def check_start(network: SupplyNetwork, request: StartRequest, months: int) -> StartState:
    """Check every flag against the network; raise BadStart naming the first flag that cannot be followed."""
    scenario = network.scenario
    session = None
    if request.session is not None:
        try:
            session = from_json(read_session_text(request.session), network, months)
        except SessionError as exc:
            raise BadStart(f"--session: {request.session}: {exc}") from None
    total = len(scenario.stages)
    if request.stage is not None and not 1 <= request.stage <= total:
        raise BadStart(f"--stage: there is no stage {request.stage}; expected a stage from 1 to {total}")
    plan = session.plan if session is not None else Plan()
    changes: list[Change] = []
    for preset_id in request.presets:
        try:
            preset = scenario.preset(preset_id)
        except KeyError:
            known = ", ".join(p.id for p in scenario.presets) or "none"
            raise BadStart(f"--preset: unknown preset '{preset_id}'; expected one of: {known}") from None
        plan = plan.with_actions(*preset.actions)
        changes.append(Change(plan, preset=preset.id))
    for actor_id in request.remove:
        plan = plan.remove(_actor(network, actor_id, "--remove"))
        changes.append(Change(plan, actor=actor_id))
    if request.month is not None and not 0 <= request.month <= months:
        raise BadStart(f"--month: there is no month {request.month}; expected a month from 0 to {months}")
    return StartState(session, _stage(network, request, session), tuple(changes), request.select, request.month, request.fullscreen)


def _actor(network: SupplyNetwork, actor_id: str, flag: str) -> str:
    try:
        return check_actor(network, actor_id)
    except UnknownActorError as exc:
        raise BadStart(f"{flag}: {exc}") from None


def _stage(network: SupplyNetwork, request: StartRequest, session: Session | None) -> int | None:
    """The stage to show (0-based), None to keep the session's: one that shows the selected actor."""
    if request.select is None:
        return request.stage - 1 if request.stage is not None else None
    select = _actor(network, request.select, "--select")
    select_stage = network.stage_order[network.actors[select].stage] + 1
    if request.stage is not None and select_stage > request.stage and not (session is not None and session.explore):
        raise BadStart(
            f"--select: actor '{select}' belongs to stage {select_stage}, which is hidden at stage {request.stage}; "
            f"use --stage {select_stage} or later"
        )
    if request.stage is not None:
        return request.stage - 1
    if session is not None and session.is_revealed(select):
        return None
    return select_stage - 1

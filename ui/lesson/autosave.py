"""The autosave's files, without Qt: one file per scenario in the user's data folder, the newest one
found again after a crash or a restart, and a session worth offering back said in a line.

Each scenario (its id and language) has its own autosave, so opening another scenario never writes
over what a learner did in the first. Starting afresh sets the old file aside as ``*.previous.json``
(one generation), so that even a click on the wrong button loses nothing: File > Open session opens it.
The window's side (``ui.sessions``) chooses the folder and asks the learner.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

from model.scenario import Scenario
from ui.lesson.describe import Describer
from ui.lesson.i18n import translate
from ui.lesson.session import Session
from ui.lesson.session_file import SessionError, scenario_ref, write_atomic

logger = logging.getLogger(__name__)

SUFFIX = ".session.json"
PREVIOUS = ".previous.json"
MAX_BYTES = 4 * 1024 * 1024  # a session is a few kilobytes; anything far larger is not one of ours


def file_stem(scenario: Scenario) -> str:
    """A file name for a scenario's autosave: its id and language, with anything unsafe replaced."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{scenario.id or 'scenario'}.{scenario.language}").strip(".") or "scenario"


@dataclass(frozen=True)
class Found:
    """An autosave found in the folder: its file, its text, and whom it belongs to."""

    path: Path
    text: str
    title: str
    scenario_path: Path | None


class Autosaves:
    """The autosave folder: one ``<id>.<language>.session.json`` per scenario."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, scenario: Scenario) -> Path:
        return self.folder / (file_stem(scenario) + SUFFIX)

    def save(self, scenario: Scenario, text: str) -> Path:
        """Write a scenario's autosave whole (raises OSError when the folder cannot be written)."""
        path = self.path_for(scenario)
        write_atomic(path, text)
        return path

    def read(self, path: Path) -> Found | None:
        """An autosave's text and owner; None when it is missing, too large or no session file."""
        try:
            if path.stat().st_size > MAX_BYTES:
                return None
            text = path.read_text(encoding="utf-8")
            ref = scenario_ref(text)
        except (OSError, UnicodeDecodeError, SessionError) as exc:
            logger.info("autosave %s not usable: %s", path, exc)
            return None
        return Found(path, text, ref.title, Path(ref.path) if ref.path else None)

    def for_scenario(self, scenario: Scenario) -> Found | None:
        return self.read(self.path_for(scenario))

    def newest(self) -> Found | None:
        """The autosave written last (of any scenario), if there is a usable one."""
        try:
            paths = sorted(self.folder.glob("*" + SUFFIX), key=lambda p: p.stat().st_mtime, reverse=True)
        except OSError:
            return None
        for path in paths:
            if not path.name.endswith(PREVIOUS) and (found := self.read(path)) is not None:
                return found
        return None

    def set_aside(self, path: Path) -> Path | None:
        """Keep an autosave as ``*.previous.json`` (replacing an older one); its new path."""
        previous = path.with_name(path.name.removesuffix(SUFFIX) + PREVIOUS)
        with contextlib.suppress(FileNotFoundError):
            os.replace(path, previous)
            return previous
        return None


def worth_offering(session: Session) -> bool:
    """Whether a saved session holds anything a learner did (a fresh one at stage 1 is not worth a question)."""
    return bool(
        session.stage
        or len(session.seen) > 1
        or session.explore
        or not session.plan.is_baseline
        or session.pending is not None
        or session.answers
        or session.predictions
        or session.challenges
    )


def summary(session: Session, describer: Describer) -> str:
    """What a saved session holds, in a line: "Stage 4 of 7 · 2 actors removed, 1 policy · 3 quiz answers"."""
    parts = [describer.stage_kicker(session.stage)]
    changes = []
    if session.plan.removed:
        changes.append(translate("autosave", "%n actor(s) removed", None, len(session.plan.removed)))
    if session.plan.actions:
        changes.append(translate("autosave", "%n policy action(s)", None, len(session.plan.actions)))
    if changes:
        parts.append(", ".join(changes))
    if session.answers:
        parts.append(translate("autosave", "%n quiz answer(s)", None, len(session.answers)))
    if session.predictions:
        parts.append(translate("autosave", "%n prediction(s)", None, len(session.predictions)))
    return " \u00b7 ".join(parts)

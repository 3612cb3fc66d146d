"""The one exception type the model raises on purpose: ``ModelError``, and its kinds.

Whatever the model refuses, it refuses with a ``ModelError`` whose message is written for the person
at the screen: a scenario file that is not valid (``ScenarioError``), a plan beyond what the model can
compute (``PlanLimitError``), an actor or scenario the user named that does not exist
(``UnknownActorError``, ``UnknownScenarioError``), a solve that failed (``SolverError``). A caller that
shows the model's results (the window, the command line) catches ``ModelError`` at one place and shows
``str(error)``; any other exception escaping the model is a bug.

This module imports nothing, so every part of the model can use it.
"""

from __future__ import annotations


class ModelError(Exception):
    """Something the model refuses to do, explained in the message (safe to show as plain text)."""

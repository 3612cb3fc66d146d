"""Python code that Qt calls (event handlers, paint, focusNextPrevChild...) must never let an exception
escape into Qt: on Python 3.11 an exception passing through such an override can crash the process.

``guarded`` wraps such a method: an exception is reported through ``sys.excepthook`` (the app shows one
plain dialog; pytest-qt fails the test) and the method returns a safe value instead. A test walks
``ui/`` and checks that every Qt override is guarded.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

logger = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")

# Qt methods a Python class may override; each override in ui/ carries @guarded.
QT_OVERRIDES = frozenset(
    {
        "paint", "paintEvent", "drawBackground", "drawForeground", "boundingRect", "shape", "sizeHint",
        "mousePressEvent", "mouseReleaseEvent", "mouseMoveEvent", "mouseDoubleClickEvent", "wheelEvent",
        "keyPressEvent", "keyReleaseEvent", "focusInEvent", "focusOutEvent", "focusNextPrevChild",
        "hoverEnterEvent", "hoverLeaveEvent", "hoverMoveEvent", "resizeEvent", "showEvent", "hideEvent",
        "changeEvent", "closeEvent", "eventFilter", "event", "loadResource", "scrollContentsBy", "timerEvent",
    }
)  # fmt: skip


def guarded(fallback: Any = None) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Report an exception instead of letting it reach Qt; return ``fallback`` (or ``fallback()`` when
    it is a class, such as QRectF) in its place."""

    def wrap(method: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(method)
        def safe(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return method(*args, **kwargs)
            except Exception:
                logger.exception("error in %s", method.__qualname__)
                try:
                    sys.excepthook(*sys.exc_info())
                except Exception:  # an excepthook that fails must not take the app down either
                    logger.exception("the excepthook failed")
                return fallback() if isinstance(fallback, type) else fallback

        safe.__guarded__ = True  # type: ignore[attr-defined]
        return safe

    return wrap

"""matplotlib, imported once per process off the GUI thread, so the window paints first; the solver after it.

The explorer's first picture comes from a kept baseline (``model.baseline_cache``), so the solver
(numpy, OR-Tools) is imported here too, after the chart's module, while the learner reads the picture.

The import runs on one worker thread for the whole application, and its end is announced by an
object that lives as long as the QApplication: a window closed before the import ends never
receives a signal from a thread that outlived it.

Signals:
    ChartLoader.ready(): the chart module is imported (or failed to import; ``error`` says).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ui.guard import guarded

logger = logging.getLogger(__name__)


class ChartLoader(QObject):
    """Imports ``ui.charts`` once; ``when_ready(callback)`` calls back on the GUI thread when it is in."""

    ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.done = False
        self.error: str | None = None
        self._started = False
        self._lock = threading.Lock()
        self.ready.connect(self._on_ready)

    def start(self) -> None:
        with self._lock:
            if self._started:
                return
            self._started = True
        threading.Thread(target=self._import, name="chart-import", daemon=True).start()

    @property
    def busy(self) -> bool:
        """The import has started and has not ended yet."""
        return self._started and not self.done

    def _import(self) -> None:
        try:
            import ui.charts  # noqa: F401
        except Exception as exc:  # whatever goes wrong, the window hears of it and says so in the chart's place
            logger.exception("the chart module could not be imported")
            self.error = f"{type(exc).__name__}: {exc}"
        try:
            from model.assessor import load_solver

            load_solver()  # numpy came with matplotlib; OR-Tools now too, before the first removal asks for it
        except Exception:  # the first solve imports it again and reports what is wrong
            logger.exception("the solver could not be imported ahead of time")
        finally:
            self.ready.emit()

    def _on_ready(self) -> None:
        self.done = True

    def when_ready(self, receiver: QObject, callback: Callable[[], None]) -> None:
        """Call ``callback`` (a method of ``receiver``) on the GUI thread once the module is in: soon
        if it already is. Nothing is called once ``receiver`` is gone."""
        if self.done:
            QTimer.singleShot(0, receiver, callback)
            return
        self.ready.connect(callback)
        self.start()


class FirstPaint(QObject):
    """Calls back once, soon after a widget first paints (it is on screen and the event loop is free)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        widget.installEventFilter(self)

    @guarded(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._callback)
        return False


_loader: ChartLoader | None = None


def chart_loader() -> ChartLoader:
    """The application's one loader (a child of the QApplication, so it lives as long as it does)."""
    global _loader
    if _loader is None:
        _loader = ChartLoader(QCoreApplication.instance())
    return _loader

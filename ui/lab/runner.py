"""The lab's runs, off the GUI thread: each plan's ensemble in the worker pool, the analyses, and the
single run of the plan the network shows.

``LabRunner`` owns an ``EnsemblePool`` (worker processes) and one thread for single runs (an
``Assessor`` of its own, used only there). It polls its jobs on a timer of the GUI thread and says
what happened through signals; it never blocks the window. Finished ensembles go to the explorer's
``Assessor`` cache, so a plan tried again (or the lab opened again) shows at once. ``shutdown()``
cancels everything and ends every process and thread; the lab calls it when it closes.

Signals:
    progress(int, int): seeds done and seeds asked for, over the plans running.
    plan_finished(int): the plan in this slot has its ensemble (``ensemble(slot)``).
    plan_failed(int, str): the plan in this slot could not run; why.
    all_finished(): no plan is running any more (done or cancelled).
    cancelled(): the learner cancelled the runs.
    analysis_ready(): the ranking and the smallest stopping set are in.
    assessment_ready(object): the single run of a plan the network shows (an ``Assessment``).
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from model.assessor import Assessor
from model.ensemble import Ensemble
from model.interventions import Plan
from model.parallel import EnsemblePool, Job
from model.simulation import Assessment

if TYPE_CHECKING:
    from model.analysis import Criticality

logger = logging.getLogger(__name__)

POLL_MS = 40
# The workers yield the processor to the window's process (within the session's share of the machine:
# key presses during a run waited less in the benchmark; 10 did no better than 5 on a loaded machine).
WORKER_NICENESS = 5
RANKING_MONTHS = 12


class LabRunner(QObject):
    """Runs plans and analyses for the lab; see the module docstring."""

    progress = Signal(int, int)
    plan_finished = Signal(int)
    plan_failed = Signal(int, str)
    all_finished = Signal()
    cancelled = Signal()
    analysis_ready = Signal()
    assessment_ready = Signal(object)

    def __init__(self, assessor: Assessor, processes: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.assessor = assessor
        self.network = assessor.network
        self.processes = processes
        self.seeds: tuple[int, ...] = tuple(range(50))
        self._pool: EnsemblePool | None = None
        self._single: ThreadPoolExecutor | None = None
        self._single_assessor = Assessor(self.network, assessor.months)  # used only by the single-run thread
        self._jobs: dict[int, Job] = {}
        self._results: dict[int, Ensemble] = {}
        self._analysis: tuple[Future[Any], Future[Any]] | None = None
        self._assessing: Future[Assessment] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    # the pool -------------------------------------------------------------------------------------
    def pool(self) -> EnsemblePool:
        if self._pool is None:
            self._pool = EnsemblePool(self.network.scenario, self.assessor.months, processes=self.processes, niceness=WORKER_NICENESS)
        return self._pool

    def warm(self) -> None:
        """Start the worker processes before the first run needs them."""
        self.pool().warm()

    @property
    def running(self) -> bool:
        return bool(self._jobs)

    def ensemble(self, slot: int) -> Ensemble | None:
        return self._results.get(slot)

    def is_running(self, slot: int) -> bool:
        return slot in self._jobs

    def drop_slot(self, slot: int) -> None:
        """The plan in this slot is gone: the plans after it move up one slot, with their runs."""
        self.forget(slot)
        self._jobs = {s - (s > slot): job for s, job in self._jobs.items()}
        self._results = {s - (s > slot): ensemble for s, ensemble in self._results.items()}

    # plans ----------------------------------------------------------------------------------------
    def run(self, slot: int, plan: Plan) -> None:
        """Run this plan in this slot on the lab's seeds: at once from the cache, else in the pool
        (any run the slot had is cancelled)."""
        self.forget(slot)
        cached = self.assessor.cached_ensemble(plan, self.seeds)
        if cached is not None:
            self._results[slot] = cached
            QTimer.singleShot(0, self, lambda: self._finish_cached(slot, cached))
            return
        self._jobs[slot] = self.pool().submit(plan, self.seeds)
        self._timer.start()
        self._emit_progress()

    def _finish_cached(self, slot: int, ensemble: Ensemble) -> None:
        if self._results.get(slot) is ensemble:
            self.plan_finished.emit(slot)
            if not self._jobs:
                self.all_finished.emit()

    def forget(self, slot: int) -> None:
        """No plan in this slot any more: its run is cancelled and its result dropped."""
        job = self._jobs.pop(slot, None)
        if job is not None:
            job.cancel()
        self._results.pop(slot, None)

    def cancel(self) -> None:
        """Cancel every run; results already in stay."""
        if not self._jobs:
            return
        for job in self._jobs.values():
            job.cancel()
        self._jobs.clear()
        self._timer.stop()
        self.cancelled.emit()
        self.all_finished.emit()

    # analyses and single runs ------------------------------------------------------------------------
    def ranking(self) -> tuple[Criticality, ...] | None:
        return self.assessor.cached_ranking(RANKING_MONTHS)

    def stopping_set(self) -> tuple[str, ...] | None:
        return self.assessor.cached_stopping_set()

    def request_analysis(self) -> None:
        """The criticality ranking and the smallest stopping set (in the pool; at once when known)."""
        if self.ranking() is not None and self.stopping_set() is not None:
            QTimer.singleShot(0, self, self.analysis_ready.emit)
            return
        if self._analysis is None:
            pool = self.pool()
            self._analysis = (pool.ranking(RANKING_MONTHS), pool.stopping_set())
            self._timer.start()

    def request_assessment(self, plan: Plan) -> None:
        """The single run (seed 0) of a plan, for the network; ``assessment_ready`` brings it."""
        if self._assessing is not None:
            self._assessing.cancel()
        if self._single is None:
            self._single = ThreadPoolExecutor(1, thread_name_prefix="lab-single")
        self._assessing = self._single.submit(self._single_assessor.assess, plan)
        self._timer.start()

    # polling ----------------------------------------------------------------------------------------
    def _emit_progress(self) -> None:
        jobs = list(self._jobs.values())
        self.progress.emit(sum(j.progress() for j in jobs), sum(j.total for j in jobs))

    def _poll(self) -> None:
        if self._jobs:
            self._emit_progress()
            self._collect_jobs()
        self._collect_analysis()
        self._collect_assessment()
        if not self._jobs and self._analysis is None and self._assessing is None:
            self._timer.stop()

    def _collect_jobs(self) -> None:
        for slot, job in list(self._jobs.items()):
            if not job.done():
                continue
            del self._jobs[slot]
            error = job.error()
            if error is not None:
                logger.warning("a lab plan could not run: %s", error)
                self.plan_failed.emit(slot, str(error))
                continue
            ensemble = job.result()
            self.assessor.remember(ensemble)
            self._results[slot] = ensemble
            self.plan_finished.emit(slot)
        if not self._jobs:
            self.all_finished.emit()

    def _collect_analysis(self) -> None:
        if self._analysis is None or not all(f.done() for f in self._analysis):
            return
        ranking, stopping = self._analysis
        self._analysis = None
        try:
            self.assessor.remember_ranking(RANKING_MONTHS, ranking.result())
            self.assessor.remember_stopping_set(stopping.result())
        except Exception:  # shown as "not available" rather than taking the lab down
            logger.exception("the analysis could not run")
            return
        self.analysis_ready.emit()

    def _collect_assessment(self) -> None:
        future = self._assessing
        if future is None or not future.done():
            return
        self._assessing = None
        if future.cancelled():
            return
        try:
            assessment = future.result()
        except Exception:
            logger.exception("the plan's single run could not be made")
            return
        self.assessment_ready.emit(assessment)

    def shutdown(self) -> None:
        """Cancel everything; end the worker processes and every thread (waits for running chunks)."""
        self._timer.stop()
        for job in self._jobs.values():
            job.cancel()
        self._jobs.clear()
        self._analysis = None
        self._assessing = None
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()
        single, self._single = self._single, None
        if single is not None:
            single.shutdown(wait=True, cancel_futures=True)

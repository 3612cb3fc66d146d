"""Ensembles run in worker processes: a comparison uses every core, and the window stays free.

``EnsemblePool`` runs ``model.ensemble.run_seeds`` for a plan in chunks of seeds. Each chunk is a
task, so progress moves as chunks finish, and a cancelled job stops at the next chunk.

- Worker processes are started from a small clean server process that has imported the model once
  (the ``forkserver`` start method where the platform has it, else ``spawn``): a process that runs Qt
  is never forked. Each worker builds the network and solves its baseline once. As with any
  ``multiprocessing`` program, the script that starts the pool guards its entry point with
  ``if __name__ == "__main__":`` (``main.py`` does), and its top level imports little: each worker
  imports that script again (a script that imports Qt at its top makes every worker start slowly).
- Starting them takes a second or more (they import numpy, OR-Tools and pydantic). Meanwhile one
  thread of this process takes tasks from the same queue, so the first results come at once; it
  stops taking tasks when the first worker is ready.
- ``processes=False``: that thread does everything (for machines or tests without processes).

``close()`` cancels what has not started, waits for the chunks running (a fraction of a second) and
ends the workers and the pool's threads: nothing outlives its owner.
"""

from __future__ import annotations

import functools
import itertools
import logging
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from model.ensemble import Ensemble, run_seeds
from model.flow import FlowResult, solve
from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import Scenario
from model.simulation import DEFAULT_MONTHS

logger = logging.getLogger(__name__)

CHUNK = 5  # seeds a task: a fifth of a second or less on the bundled scenario, so progress moves often
FIRST_CHUNKS = (2, 3)  # a job's first tasks are smaller, so that the first progress comes sooner

# The network and baseline of this process: a worker's own, or the pool owner's for the local thread.
_networks: dict[int, tuple[SupplyNetwork, FlowResult]] = {}


def _start_worker(scenario: Scenario, niceness: int = 0) -> None:
    if niceness and hasattr(os, "nice"):
        os.nice(niceness)  # the window's process (same user, default priority) gets the processor first
    network = SupplyNetwork(scenario)
    _networks.clear()
    _networks[0] = (network, solve(network))


def _ready() -> int:
    return os.getpid()


def chunk_task(key: int, plan: Plan, seeds: tuple[int, ...], months: int) -> Ensemble | None:
    network, baseline = _networks[key]
    return run_seeds(network, plan, seeds, months, baseline)


def ranking_task(key: int, months: int, seed: int) -> tuple[Any, ...]:
    from model.analysis import criticality  # networkx only where an analysis is asked for

    return criticality(_networks[key][0], months=months, seed=seed)


def stopping_set_task(key: int) -> tuple[str, ...]:
    from model.analysis import smallest_stopping_set

    network = _networks[key][0]
    found = smallest_stopping_set(network)
    return tuple(a for a in network.actor_ids if a in found)


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
        return context
    return multiprocessing.get_context("spawn")


def _chunk_sizes(total: int, chunk: int) -> list[int]:
    sizes: list[int] = []
    for size in itertools.chain((s for s in FIRST_CHUNKS if s < chunk), itertools.repeat(max(1, chunk))):
        if total <= 0:
            return sizes
        sizes.append(min(size, total))
        total -= sizes[-1]
    return sizes


@dataclass
class _Task:
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    future: Future[Any]


class Job:
    """One plan's ensemble on its way: chunks of seeds, each a future."""

    def __init__(self, plan: Plan, seeds: tuple[int, ...], parts: Sequence[tuple[tuple[int, ...], Future[Ensemble | None]]]) -> None:
        self.plan = plan
        self.seeds = seeds
        self.parts = list(parts)
        self.cancelled = False

    @property
    def total(self) -> int:
        return len(self.seeds)

    def progress(self) -> int:
        """Seeds done so far."""
        return sum(len(seeds) for seeds, future in self.parts if future.done() and not future.cancelled())

    def done(self) -> bool:
        return self.cancelled or all(future.done() for _, future in self.parts)

    def error(self) -> BaseException | None:
        """What went wrong in a worker, once done (None if nothing did)."""
        for _, future in self.parts:
            if future.done() and not future.cancelled() and future.exception() is not None:
                return future.exception()
        return None

    def result(self) -> Ensemble:
        """The whole ensemble (waits for the chunks still running; raises a worker's error)."""
        parts = [future.result() for _, future in self.parts]
        return Ensemble.merge([p for p in parts if p is not None])

    def cancel(self) -> None:
        """Drop the chunks that have not started; the running ones finish and are ignored."""
        self.cancelled = True
        for _, future in self.parts:
            future.cancel()


class EnsemblePool:
    """Worker processes (and one thread here) that run ensembles and analyses of one scenario."""

    def __init__(
        self, scenario: Scenario, months: int = DEFAULT_MONTHS, workers: int | None = None, processes: bool = True, niceness: int = 0
    ) -> None:
        self.scenario = scenario
        self.niceness = niceness
        self.months = months
        self.processes = processes
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.local_tasks = 0  # tasks the thread of this process ran (for tests and benchmarks)
        self._key = id(self)
        self._lock = threading.RLock()  # callbacks may run at once, in the thread that holds it
        self._queue: deque[_Task] = deque()
        self._executor: ProcessPoolExecutor | None = None
        self._ready = threading.Event()  # a worker process is up
        self._in_flight = 0
        self._booting: threading.Thread | None = None
        self._thread: threading.Thread | None = None
        self._closed = False

    # processes ----------------------------------------------------------------------------
    def warm(self) -> None:
        """Start the worker processes now, so that they are ready when the first task comes."""
        with self._lock:
            self._start_processes()

    def _start_processes(self) -> None:
        if not self.processes or self._booting is not None or self._closed:
            return
        # Creating the first worker waits for the server process to import the model: never in the
        # caller's thread (the window's), and never holding the lock the thread here needs.
        self._booting = threading.Thread(target=self._boot, name="ensemble-start", daemon=True)
        self._booting.start()

    def _boot(self) -> None:
        try:
            executor = ProcessPoolExecutor(
                self.workers, mp_context=_context(), initializer=_start_worker, initargs=(self.scenario, self.niceness)
            )
            pings = [executor.submit(_ready) for _ in range(self.workers)]
        except (OSError, RuntimeError) as exc:  # no processes here: the thread of this process does the work
            logger.warning("worker processes could not start (%s); running in this process", exc)
            return
        with self._lock:
            closed = self._closed
            if not closed:
                self._executor = executor
        if closed:  # closed while the workers started: end them here (close() waits for this thread)
            executor.shutdown(wait=True, cancel_futures=True)
            return
        for ping in pings:
            ping.add_done_callback(self._on_worker_ready)

    def _on_worker_ready(self, future: Future[int]) -> None:
        if future.cancelled() or future.exception() is not None:
            logger.warning("a worker process did not start: %s", None if future.cancelled() else future.exception())
            return
        self._ready.set()
        self._pump()

    def _pump(self) -> None:
        """Hand queued tasks to the worker processes, as many as there are workers."""
        with self._lock:
            while self._executor is not None and self._ready.is_set() and self._in_flight < self.workers and self._queue:
                task = self._queue.popleft()
                if not task.future.set_running_or_notify_cancel():
                    continue
                try:
                    work = self._executor.submit(task.fn, 0, *task.args)
                except BrokenProcessPool as exc:  # a worker died (killed, out of memory): new ones next time
                    logger.warning("the worker processes stopped: %s", exc)
                    task.future.set_exception(exc)
                    self._executor, self._booting = None, None
                    self._ready.clear()
                    continue
                except RuntimeError as exc:  # the interpreter is exiting (concurrent.futures takes no new work)
                    logger.info("no more runs: %s", exc)
                    task.future.set_exception(exc)
                    for waiting in self._queue:
                        waiting.future.cancel()
                    self._queue.clear()
                    break
                self._in_flight += 1
                work.add_done_callback(functools.partial(self._on_done, task))

    def _on_done(self, task: _Task, done: Future[Any]) -> None:
        with self._lock:
            self._in_flight -= 1
        error = CancelledError() if done.cancelled() else done.exception()
        if error is not None:
            task.future.set_exception(error)
        else:
            task.future.set_result(done.result())
        self._pump()

    @property
    def worker_pids(self) -> set[int]:
        """The worker processes running now (for benchmarks that read their CPU time)."""
        executor = self._executor
        processes = getattr(executor, "_processes", None) or {}  # the executor keeps no public list
        return set(processes)

    # the thread of this process -------------------------------------------------------------
    def _local_network(self) -> None:
        if self._key not in _networks:
            network = SupplyNetwork(self.scenario)
            _networks[self._key] = (network, solve(network))

    def _run_here(self) -> None:
        """Take tasks until the queue is empty, the pool closes, or a worker process is ready."""
        while True:
            with self._lock:
                if self._closed or not self._queue or (self._ready.is_set() and self._executor is not None):
                    self._thread = None
                    return
                task = self._queue.popleft()
            if not task.future.set_running_or_notify_cancel():
                continue
            try:
                self._local_network()
                result = task.fn(self._key, *task.args)
            except Exception as exc:  # handed to whoever waits for the task
                task.future.set_exception(exc)
            else:
                task.future.set_result(result)
            self.local_tasks += 1

    def _submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        future: Future[Any] = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError("the pool is closed")
            self._queue.append(_Task(fn, args, future))
            self._start_processes()
            if self._thread is None and not (self._ready.is_set() and self._executor is not None):
                self._thread = threading.Thread(target=self._run_here, name="ensemble-here", daemon=True)
                self._thread.start()
        self._pump()
        return future

    # what owners ask for ----------------------------------------------------------------------
    def submit(self, plan: Plan, seeds: Sequence[int], chunk: int = CHUNK) -> Job:
        """Start a plan's ensemble over these seeds (duplicates dropped, order kept)."""
        unique = tuple(dict.fromkeys(seeds))
        if not unique:
            raise ValueError("expected at least one seed")
        parts = []
        start = 0
        for size in _chunk_sizes(len(unique), chunk):
            part = unique[start : start + size]
            start += size
            parts.append((part, self._submit(chunk_task, plan, part, self.months)))
        return Job(plan, unique, parts)

    def ranking(self, months: int = 12, seed: int = 0) -> Future[Any]:
        """Each active actor removed alone, ranked (``model.analysis.criticality``)."""
        return self._submit(ranking_task, months, seed)

    def stopping_set(self) -> Future[tuple[str, ...]]:
        """The smallest stopping set (``model.analysis.smallest_stopping_set``), in the network's actor order."""
        return self._submit(stopping_set_task)

    def run_all(self, plans: Sequence[Plan], seeds: Sequence[int]) -> tuple[Ensemble, ...]:
        """Every plan's ensemble, all chunks queued at once; waits for them."""
        jobs = [self.submit(plan, seeds) for plan in plans]
        wait([future for job in jobs for _, future in job.parts])
        return tuple(job.result() for job in jobs)

    def close(self) -> None:
        """Cancel what has not started, wait for what runs, end the workers and threads."""
        with self._lock:
            self._closed = True
            queued, self._queue = list(self._queue), deque()
            thread, booting = self._thread, self._booting
        for task in queued:
            task.future.cancel()
        for helper in (thread, booting):
            if helper is not None:
                helper.join()
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
        _networks.pop(self._key, None)

    def __enter__(self) -> EnsemblePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

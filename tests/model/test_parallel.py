"""The worker pool: the same ensembles as in this process, progress as chunks finish, cancelling that
drops what has not started, a worker's error handed over whole, and no thread left behind."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import wait
from pathlib import Path

import pytest

from model.ensemble import run_seeds
from model.interventions import Plan, UnknownActorError
from model.network import SupplyNetwork
from model.parallel import EnsemblePool
from model.scenario import Scenario, load_scenario

SMALL = Path(__file__).parents[2] / "docs" / "examples" / "small.yaml"


@pytest.fixture(scope="module")
def small() -> Scenario:
    return load_scenario(SMALL)


@pytest.fixture
def no_threads_left() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    left = [t for t in threading.enumerate() if t not in before]
    assert not left, f"threads outlived the pool: {left}"


@pytest.mark.parametrize("processes", [True, False], ids=["processes", "thread"])
def test_the_pool_gives_what_run_seeds_gives_in_this_process(small: Scenario, processes: bool, no_threads_left: None) -> None:
    network = SupplyNetwork(small)
    plans = [Plan(removed=("group_a",)), Plan.from_preset(small.preset("demand_down")), Plan()]
    with EnsemblePool(small, months=12, workers=2, processes=processes) as pool:
        results = pool.run_all(plans, range(17))
    for plan, result in zip(plans, results, strict=True):
        expected = run_seeds(network, plan, range(17), months=12)
        assert expected is not None
        assert result.seeds == expected.seeds
        assert result.share == expected.share and result.price == expected.price and result.groups == expected.groups
        for seed in range(17):
            assert result.run_of(seed).share == expected.run_of(seed).share


def test_progress_counts_seeds_as_their_chunks_finish(small: Scenario, no_threads_left: None) -> None:
    with EnsemblePool(small, months=12, processes=False) as pool:
        job = pool.submit(Plan(removed=("group_a",)), range(12), chunk=4)
        assert job.total == 12
        assert [len(seeds) for seeds, _ in job.parts] == [2, 3, 4, 3], "small first chunks, so that progress starts soon"
        wait([future for _, future in job.parts])
        assert job.done() and job.progress() == 12 and job.error() is None
        assert job.result().seeds == tuple(range(12))


def test_cancel_drops_the_chunks_not_started_and_close_waits_for_the_rest(small: Scenario, no_threads_left: None) -> None:
    pool = EnsemblePool(small, months=12, processes=False)
    gate = threading.Event()
    started = threading.Event()

    def blocker(_key: int) -> None:
        started.set()
        gate.wait(10)

    first = pool._submit(blocker)  # holds the pool's one thread until the job is queued behind it
    assert started.wait(10)
    job = pool.submit(Plan(removed=("group_a",)), range(20))
    job.cancel()
    gate.set()
    wait([first])
    assert job.done() and job.cancelled
    assert all(future.cancelled() for _, future in job.parts), "nothing of it ran"
    assert job.progress() == 0
    pool.close()


def test_a_workers_error_reaches_the_owner_whole(small: Scenario, no_threads_left: None) -> None:
    with EnsemblePool(small, months=6, workers=1) as pool:
        job = pool.submit(Plan(removed=("no_such_actor",)), range(3))
        wait([future for _, future in job.parts])
        error = job.error()
    assert isinstance(error, UnknownActorError)
    assert error.actor_id == "no_such_actor"


def test_analyses_run_in_the_pool(small: Scenario, no_threads_left: None) -> None:
    with EnsemblePool(small, processes=False) as pool:
        ranking = pool.ranking(12).result()
        stopping = pool.stopping_set().result()
    assert ranking[0].actor == "street"
    assert stopping == ("cooks_a", "cooks_b"), "street markets are left out of the stopping set"


def test_a_closed_pool_takes_no_more_work(small: Scenario, no_threads_left: None) -> None:
    pool = EnsemblePool(small, processes=False)
    pool.close()
    with pytest.raises(RuntimeError, match="closed"):
        pool.submit(Plan(), range(2))

"""The layered layout of the network, without Qt: which column each actor stands in, in what order,
on which region band.

Stages run left to right; a stage whose routes run inside it (distributor -> market) is split into
columns so that every route reads left to right. Rows are ordered to keep routes from crossing: the
first column by region, each later one by the mean position of its suppliers (a barycentre sweep).
Runs of neighbouring columns on the same band share one tinted band named after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from model.network import SupplyNetwork

# Column widths in the tour: the current stage is set at a readable size; the stages already seen
# share what is left (dimmed context); stages still to come keep a narrow placeholder.
CURRENT_WEIGHT = 1.0
EARLIER_WEIGHT = 0.5
LATER_WEIGHT = 0.25


@dataclass(frozen=True)
class Column:
    stage_index: int
    band: int  # the band the column stands on (its actors' most common region's band)
    actors: tuple[str, ...]
    band_name: str


@dataclass(frozen=True)
class BandRun:
    """Neighbouring columns on one band: columns ``first`` up to (not including) ``stop``."""

    band: int
    name: str
    first: int
    stop: int


class Layout:
    """Columns, bands and the tour's column weights of one network."""

    def __init__(self, network: SupplyNetwork) -> None:
        self.network = network
        self.vocabulary = network.scenario.vocabulary
        self.bands = self.vocabulary.bands()
        self.columns: tuple[Column, ...] = tuple(self._columns())
        self.column_of: dict[str, int] = {a: i for i, col in enumerate(self.columns) for a in col.actors}
        self.runs: tuple[BandRun, ...] = tuple(self._runs())

    def band_of(self, actor_id: str) -> int:
        """The position of the band an actor's region is drawn on."""
        return self.bands.index(self.vocabulary.region(self.network.actors[actor_id].region).band_name)

    def is_minority(self, actor_id: str) -> bool:
        """An actor whose region's band differs from its column's band (marked with its own tint)."""
        return self.band_of(actor_id) != self.columns[self.column_of[actor_id]].band

    def stage_has_actors(self, stage_index: int) -> bool:
        return any(c.stage_index == stage_index for c in self.columns)

    def weights(self, stage_index: int, explore: bool) -> list[float]:
        """How much width each column gets: in the tour the current stage is widest and stages still
        to come keep only a narrow placeholder; exploring freely, all columns are equal."""
        if explore or not self.stage_has_actors(stage_index):
            return [1.0] * len(self.columns)
        return [
            CURRENT_WEIGHT if c.stage_index == stage_index else EARLIER_WEIGHT if c.stage_index < stage_index else LATER_WEIGHT
            for c in self.columns
        ]

    def columns_of_stage(self, stage_index: int) -> Sequence[int]:
        return [i for i, c in enumerate(self.columns) if c.stage_index == stage_index]

    def _depths(self) -> dict[str, int]:
        """Each actor's depth inside its stage: the longest run of routes within the stage leading to it."""
        network = self.network
        depth = dict.fromkeys(network.actor_ids, 0)
        inner = [r for r in network.routes if network.actors[r.from_].stage == network.actors[r.to].stage]
        for _ in range(len(inner)):  # routes never loop, so this settles
            changed = False
            for route in inner:
                if depth[route.to] < depth[route.from_] + 1:
                    depth[route.to] = depth[route.from_] + 1
                    changed = True
            if not changed:
                break
        return depth

    def _columns(self) -> list[Column]:
        network = self.network
        depth = self._depths()
        groups: dict[tuple[int, int], list[str]] = {}
        for actor in network.scenario.actors:
            groups.setdefault((network.stage_order[actor.stage], depth[actor.id]), []).append(actor.id)
        suppliers: dict[str, list[str]] = {}
        for route in network.routes:
            suppliers.setdefault(route.to, []).append(route.from_)
        columns: list[Column] = []
        position: dict[str, float] = {}
        for key in sorted(groups):
            ids = groups[key]
            first = not columns

            def weight(actor_id: str, ids: list[str] = ids, first: bool = first) -> tuple[int, float, int, int]:
                preds = [position[a] for a in suppliers.get(actor_id, ()) if a in position]
                bary = sum(preds) / len(preds) if preds else 0.5
                band = self.band_of(actor_id)
                return (int(network.actors[actor_id].latent), float(band) if first else bary, band, ids.index(actor_id))

            ids = sorted(ids, key=weight)
            for i, actor_id in enumerate(ids):
                position[actor_id] = (i + 0.5) / len(ids)
            bands = [self.band_of(a) for a in ids]
            majority = max(bands, key=lambda b: (bands.count(b), -b))
            columns.append(Column(key[0], majority, tuple(ids), self.bands[majority]))
        return columns

    def _runs(self) -> list[BandRun]:
        runs: list[BandRun] = []
        start = 0
        for i in range(1, len(self.columns) + 1):
            if i == len(self.columns) or self.columns[i].band != self.columns[start].band:
                band = self.columns[start].band
                runs.append(BandRun(band, self.bands[band], start, i))
                start = i
        return runs

"""The layered layout of the network, without Qt: which column each actor stands in, in what order,
where every route runs, and the vertical positions, for sizes the view gives.

Stages run left to right; a stage whose routes run inside it (distributor -> market) is split into
columns so that every route reads left to right. A route that skips columns passes through each of
them in a slot of its own (a "waypoint"), so no route runs under an actor. Rows are ordered to keep
routes from crossing: barycentre sweeps down and up the columns, weighted by the baseline's flows,
keeping the ordering with the fewest crossings (counted between neighbouring columns as inversions),
then swaps of neighbours that remove crossings; entrants stay at the foot of their column. Vertical
positions then straighten routes within the room each column has. Runs of neighbouring columns on the
same band share one tinted band named after it.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right, insort
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from model.network import RouteKey, SupplyNetwork

# Column widths in the tour: the current stage is set at a readable size; the stages already seen
# share what is left (dimmed context); stages still to come keep a narrow placeholder.
CURRENT_WEIGHT = 1.0
EARLIER_WEIGHT = 0.5
LATER_WEIGHT = 0.25
SWEEPS = 12

Node = str | tuple[RouteKey, int]  # an actor id, or a route's waypoint in a column
Links = Mapping[Node, list[tuple[Node, float]]]  # each node's neighbours in a neighbouring column, with weights


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


@dataclass
class Heights:
    """The vertical sizes the view gives: each column's actor height, a waypoint's height, the gap
    next to an actor and the (smaller) gap between two waypoints, which run side by side as a bundle."""

    actor: Sequence[float]
    waypoint: float = 5.0
    gap: float = 8.0
    bundle_gap: float = 1.0


@dataclass
class Positions:
    """Vertical centres of every actor and waypoint, and the height they need."""

    y: dict[Node, float] = field(default_factory=dict)
    height: float = 0.0


class Layout:
    """Columns, order, waypoints and bands of one network (computed once), and positions for a size."""

    def __init__(self, network: SupplyNetwork, weights: Mapping[RouteKey, float] | None = None) -> None:
        self.network = network
        self.vocabulary = network.scenario.vocabulary
        self.bands = self.vocabulary.bands()
        self.weights = {k: 0.05 + max(0.0, (weights or {}).get(k, 0.0)) for k in network.route_keys}
        base = self._columns()
        self.column_of: dict[str, int] = {a: i for i, col in enumerate(base) for a in col.actors}
        self.waypoints: dict[RouteKey, tuple[int, ...]] = {
            (a, b): tuple(range(self.column_of[a] + 1, self.column_of[b])) for a, b in network.route_keys
        }
        self._paths: dict[RouteKey, list[Node]] = {
            key: [key[0], *((key, c) for c in self.waypoints[key]), key[1]] for key in network.route_keys
        }
        self._segment_list = self._segments()
        self.order: list[list[Node]] = self._ordered([list(col.actors) for col in base])
        self.columns: tuple[Column, ...] = tuple(
            Column(col.stage_index, col.band, tuple(n for n in self.order[i] if isinstance(n, str)), col.band_name)
            for i, col in enumerate(base)
        )
        self.runs: tuple[BandRun, ...] = tuple(self._runs())

    # questions ----------------------------------------------------------------------------------
    def band_of(self, actor_id: str) -> int:
        """The position of the band an actor's region is drawn on."""
        return self.bands.index(self.vocabulary.region(self.network.actors[actor_id].region).band_name)

    def is_minority(self, actor_id: str) -> bool:
        """An actor whose region's band differs from its column's band (marked with its own tint)."""
        return self.band_of(actor_id) != self.columns[self.column_of[actor_id]].band

    def stage_has_actors(self, stage_index: int) -> bool:
        return any(c.stage_index == stage_index for c in self.columns)

    def columns_of_stage(self, stage_index: int) -> Sequence[int]:
        return [i for i, c in enumerate(self.columns) if c.stage_index == stage_index]

    def weights_for(self, stage_index: int, explore: bool) -> list[float]:
        """How much width each column gets: in the tour the current stage is widest and stages still
        to come keep only a narrow placeholder; exploring freely, all columns are equal."""
        if explore or not self.stage_has_actors(stage_index):
            return [1.0] * len(self.columns)
        return [
            CURRENT_WEIGHT if c.stage_index == stage_index else EARLIER_WEIGHT if c.stage_index < stage_index else LATER_WEIGHT
            for c in self.columns
        ]

    def path(self, key: RouteKey) -> list[Node]:
        """A route's nodes from its start to its end: the actor, its waypoints, the actor."""
        return self._paths[key]

    def crossings(self) -> int:
        """How many pairs of route segments cross between neighbouring columns."""
        return _Rows(self.order, self._segment_list, self._is_entrant).crossings()

    # positions ----------------------------------------------------------------------------------
    def positions(self, heights: Heights, room: float, top: float = 0.0) -> Positions:
        """Vertical centres for every actor and waypoint in ``room`` pixels of height (more if the
        columns need it), routes as straight as the order and the gaps allow."""
        order = self.order
        sizes = [[heights.actor[c] if isinstance(n, str) else heights.waypoint for n in col] for c, col in enumerate(order)]
        gaps = [
            [heights.gap if isinstance(a, str) or isinstance(b, str) else heights.bundle_gap for a, b in itertools.pairwise(col)]
            for col in order
        ]
        needed = max((sum(s) + sum(g) for s, g in zip(sizes, gaps, strict=True)), default=0.0)
        height = max(room, needed)
        nodes = [n for col in order for n in col]
        y: list[float] = []
        for col in order:  # start evenly spread over the whole height
            pitch = height / max(1, len(col))
            y.extend(top + pitch * (i + 0.5) for i in range(len(col)))
        # Nodes numbered, so that each pass reads lists, not a dictionary keyed by routes.
        number = {n: i for i, n in enumerate(nodes)}
        cols = [[number[n] for n in col] for col in order]
        neighbours = self._neighbours()
        links = [[(number[m], w) for m, w in neighbours[n]] for n in nodes]
        totals = [sum([w for _m, w in found]) for found in links]  # the weighted mean's denominator, summed once
        for sweep in range(6):
            for c in range(len(cols)) if sweep % 2 == 0 else range(len(cols) - 1, -1, -1):
                members = cols[c]
                wanted = [sum([y[m] * w for m, w in links[n]]) / totals[n] if links[n] and totals[n] > 0 else y[n] for n in members]
                for n, value in zip(members, _pack(wanted, sizes[c], gaps[c], top, top + height), strict=True):
                    y[n] = value
        return Positions(dict(zip(nodes, y, strict=True)), height)

    # building -----------------------------------------------------------------------------------
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
        columns: list[Column] = []
        for index, key in enumerate(sorted(groups)):
            ids = groups[key]
            if index == 0:  # the first column by region, in the scenario's order of regions
                ids = sorted(ids, key=lambda a: (self.band_of(a), ids.index(a)))
            bands = [self.band_of(a) for a in ids]
            majority = max(bands, key=lambda b: (bands.count(b), -b))
            columns.append(Column(key[0], majority, tuple(ids), self.bands[majority]))
        return columns

    def _segments(self) -> list[tuple[int, Node, Node, float]]:
        """Every route segment between neighbouring columns: (left column, left node, right node, weight)."""
        segments = []
        for key in self.network.route_keys:
            path = self.path(key)
            for a, b in itertools.pairwise(path):
                segments.append((self._column(a), a, b, self.weights[key]))
        return segments

    def _column(self, node: Node) -> int:
        return self.column_of[node] if isinstance(node, str) else node[1]

    def _neighbours(self) -> dict[Node, list[tuple[Node, float]]]:
        found: dict[Node, list[tuple[Node, float]]] = {n: [] for col in self.order for n in col}
        for _c, a, b, w in self._segment_list:
            found[a].append((b, w))
            found[b].append((a, w))
        return found

    def _ordered(self, actors: list[list[str]]) -> list[list[Node]]:
        """Barycentre sweeps (down, then up) with waypoints, keeping the order with fewest crossings."""
        order: list[list[Node]] = [list(col) for col in actors]
        for key, cols in self.waypoints.items():
            for c in cols:
                order[c].append((key, c))
        rows = _Rows(order, self._segment_list, self._is_entrant)
        best, best_crossings = rows.state(), rows.crossings()
        seen = [best]
        for sweep in range(SWEEPS):
            rows.sweep(down=sweep % 2 == 0)
            state = rows.state()
            if len(seen) > 1 and state == seen[-2]:
                # A sweep's result depends only on its direction and the order it starts from: back at the
                # order of two sweeps ago, the rest would alternate between two orders already counted.
                break
            seen.append(state)
            count = rows.crossings()
            if count < best_crossings:
                best, best_crossings = state, count
        rows.set_state(best)
        rows.transpose()
        return rows.order()

    def _is_entrant(self, node: Node) -> int:
        return int(isinstance(node, str) and self.network.actors[node].latent)

    def _runs(self) -> list[BandRun]:
        runs: list[BandRun] = []
        start = 0
        for i in range(1, len(self.columns) + 1):
            if i == len(self.columns) or self.columns[i].band != self.columns[start].band:
                band = self.columns[start].band
                runs.append(BandRun(band, self.bands[band], start, i))
                start = i
        return runs


class _Rows:
    """The ordering's working copy of the columns: nodes numbered, each node's neighbours in the column
    before and after (with the routes' weights), and every node's row in its column, kept current."""

    def __init__(
        self, order: Sequence[Sequence[Node]], segments: Sequence[tuple[int, Node, Node, float]], entrant: Callable[[Node], int]
    ) -> None:
        self.nodes = [n for col in order for n in col]
        number = {n: i for i, n in enumerate(self.nodes)}
        self.cols = [[number[n] for n in col] for col in order]
        self.pos = [0] * len(self.nodes)
        self.entrant = [entrant(n) for n in self.nodes]
        self.preds: list[list[tuple[int, float]]] = [[] for _ in self.nodes]
        self.succs: list[list[tuple[int, float]]] = [[] for _ in self.nodes]
        for _c, a, b, w in segments:
            self.succs[number[a]].append((number[b], w))
            self.preds[number[b]].append((number[a], w))
        self.before = [[m for m, _w in links] for links in self.preds]
        self.after = [[m for m, _w in links] for links in self.succs]
        # Each node's weights summed once: every barycentre divides by this sum, the same terms in the same order.
        self.pred_total = [sum([w for _m, w in links]) for links in self.preds]
        self.succ_total = [sum([w for _m, w in links]) for links in self.succs]
        self.set_state(tuple(tuple(col) for col in self.cols))

    def state(self) -> tuple[tuple[int, ...], ...]:
        return tuple(tuple(col) for col in self.cols)

    def set_state(self, state: tuple[tuple[int, ...], ...]) -> None:
        self.cols = [list(col) for col in state]
        for col in self.cols:
            for i, n in enumerate(col):
                self.pos[n] = i

    def order(self) -> list[list[Node]]:
        return [[self.nodes[n] for n in col] for col in self.cols]

    def sweep(self, down: bool) -> None:
        """Sort each column by its nodes' weighted mean row in the column before (down) or after (up);
        entrants last, ties and nodes without neighbours there keeping their row."""
        pos, entrant = self.pos, self.entrant
        links, totals = (self.preds, self.pred_total) if down else (self.succs, self.succ_total)

        def key(n: int) -> tuple[int, float]:
            found, total = links[n], totals[n]
            if total > 0:
                if len(found) == 1:  # a waypoint, or an actor with one route this way: what the sum of one term gives
                    m, w = found[0]
                    return entrant[n], pos[m] * w / total
                if found:
                    return entrant[n], sum([pos[m] * w for m, w in found]) / total
            return entrant[n], pos[n]

        for c in range(1, len(self.cols)) if down else range(len(self.cols) - 2, -1, -1):
            col = self.cols[c]
            col.sort(key=key)
            for i, n in enumerate(col):
                pos[n] = i

    def crossings(self) -> int:
        """Pairs of segments that cross between neighbouring columns: going down the left column, each
        segment crosses those that start above it and end below it (an inversion count)."""
        pos, after = self.pos, self.after
        count = 0
        for col in self.cols:
            ends: list[int] = []  # the right-hand rows of the segments from the rows above, sorted
            for a in col:
                found = after[a]
                if len(found) == 1:
                    row = pos[found[0]]
                    i = bisect_right(ends, row)
                    count += len(ends) - i
                    ends.insert(i, row)
                elif found:
                    rows = [pos[b] for b in found]
                    met = len(ends)
                    for row in rows:
                        count += met - bisect_right(ends, row)
                    for row in rows:
                        insort(ends, row)
        return count

    def transpose(self) -> None:
        """Swap neighbours in a column while that removes crossings with both neighbouring columns. Whether
        to swap depends only on the neighbouring columns' rows: a column whose neighbours and own rows did
        not change since its last pass is not passed over again (the pass would swap nothing)."""
        pos, entrant, cols, sides = self.pos, self.entrant, self.cols, (self.before, self.after)
        last = len(cols) - 1
        changed = [1] * len(cols)  # when each column last changed (a clock of passes and swaps)
        passed = [0] * len(cols)  # when each column's last pass began
        clock = 1
        for _ in range(20):
            swapped = False
            for c, col in enumerate(cols):
                if passed[c] > max(changed[max(c - 1, 0)], changed[c], changed[min(c + 1, last)]):
                    continue
                clock += 1
                passed[c] = clock
                for i in range(len(col) - 1):
                    u, v = col[i], col[i + 1]
                    if entrant[u] != entrant[v]:
                        continue
                    if _balance(sides, pos, u, v) > 0:
                        col[i], col[i + 1] = v, u
                        pos[u], pos[v] = i + 1, i
                        clock += 1
                        changed[c] = clock
                        swapped = True
            if not swapped:
                return


def _balance(sides: Sequence[Sequence[Sequence[int]]], pos: Sequence[int], upper: int, lower: int) -> int:
    """Crossings of ``upper``'s and ``lower``'s segments to the columns either side, with ``upper`` above,
    less those with the two swapped (pairs of segments to one node cross neither way)."""
    balance = 0
    for links in sides:
        found = links[lower]
        if len(found) == 1:  # most often: a waypoint, or an actor with one route this way
            py = pos[found[0]]
            for x in links[upper]:
                px = pos[x]
                balance += (px > py) - (px < py)
        else:
            rows = [pos[y] for y in found]
            for x in links[upper]:
                px = pos[x]
                for py in rows:
                    balance += (px > py) - (px < py)
    return balance


def _pack(wanted: Sequence[float], sizes: Sequence[float], gaps: Sequence[float], low: float, high: float) -> list[float]:
    """Centres as close to ``wanted`` as the order and the gaps (``gaps[i]`` after item i) allow, inside [low, high]."""
    placed: list[float] = []
    edge = low
    for i, (want, size) in enumerate(zip(wanted, sizes, strict=True)):
        least = edge + size / 2
        centre = least if least > want else want  # max(want, least), as a comparison: this runs for every node in every pass
        placed.append(centre)
        edge = centre + size / 2 + (gaps[i] if i < len(gaps) else 0.0)
    edge = high
    for i in range(len(placed) - 1, -1, -1):  # pull back what ran past the bottom
        most = edge - sizes[i] / 2
        if most < placed[i]:
            placed[i] = most
        edge = placed[i] - sizes[i] / 2 - (gaps[i - 1] if i > 0 else 0.0)
    return placed

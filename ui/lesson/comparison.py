"""The policy lab's comparison as data, without Qt: the table, the CSV, and every sentence about it.

A ``Comparison`` holds each plan's ``Ensemble`` (the same seeds for every plan). ``rows()`` gives the
table at months 0, 6, 12 and 24 (the ones the run covers): actors removed, groups present (median over
the seeds), the share of baseline supply (10th, 50th and 90th percentile) and the price index;
``to_csv()`` writes it. ``LabWords`` says what the comparison, the criticality ranking and the
smallest stopping set mean, in whole translated sentences; every one of them says the model is
illustrative.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from model.ensemble import Ensemble
from model.network import SupplyNetwork
from ui.lesson.i18n import translate
from ui.lesson.lab import LabPlan
from ui.lesson.numbers import DASH, format_index, format_share

if TYPE_CHECKING:
    from model.analysis import Criticality

TABLE_MONTHS = (0, 6, 12, 24)
HEADLINE_MONTHS = 12  # the comparison's sentence and the ranking of plans look this far ahead
CSV_FIELDS = (
    "plan",
    "plan_spec",
    "month",
    "actors_removed",
    "groups_median",
    "share_p10",
    "share_p50",
    "share_p90",
    "price_index_p50",
    "seeds",
)


@dataclass(frozen=True)
class Outcome:
    """One plan of the comparison and its runs."""

    plan: LabPlan
    title: str
    ensemble: Ensemble


@dataclass(frozen=True)
class TableRow:
    title: str
    spec: str
    month: int
    removed: int
    groups: float  # median over the seeds
    share_low: float  # 10th percentile of the share of baseline supply
    share_median: float
    share_high: float  # 90th percentile
    price_median: float


class Comparison:
    """Plans run on the same seeds, side by side."""

    def __init__(self, network: SupplyNetwork, outcomes: Sequence[Outcome]) -> None:
        self.network = network
        self.outcomes = tuple(outcomes)

    @property
    def months(self) -> int:
        return min((o.ensemble.months for o in self.outcomes), default=0)

    @property
    def seeds(self) -> int:
        return min((len(o.ensemble.seeds) for o in self.outcomes), default=0)

    def months_shown(self) -> tuple[int, ...]:
        """The table's months: 0, 6, 12 and 24 where the run covers them, and its last month."""
        shown = [m for m in TABLE_MONTHS if m <= self.months]
        return tuple(shown if shown[-1] == self.months else [*shown, self.months])

    def headline_month(self) -> int:
        return min(HEADLINE_MONTHS, self.months)

    def row(self, outcome: Outcome, month: int) -> TableRow:
        ensemble = outcome.ensemble
        return TableRow(
            title=outcome.title,
            spec=outcome.plan.spec(),
            month=month,
            removed=len(ensemble.removed),
            groups=ensemble.groups.median[month],
            share_low=ensemble.share.low[month],
            share_median=ensemble.share.median[month],
            share_high=ensemble.share.high[month],
            price_median=ensemble.price.median[month],
        )

    def rows(self) -> list[TableRow]:
        """Plan by plan, month by month."""
        return [self.row(o, m) for o in self.outcomes for m in self.months_shown()]

    def ranked(self) -> list[Outcome]:
        """The plans from the least supply left at the headline month to the most (then at the end)."""
        month = self.headline_month()
        return sorted(self.outcomes, key=lambda o: (o.ensemble.share.median[month], o.ensemble.share.median[-1]))

    def to_csv(self) -> str:
        """The table as CSV, after one line saying the numbers are illustrative."""
        out = io.StringIO()
        out.write(f"# {LabWords.illustrative_note(self.network)}\n")
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_FIELDS)
        for row in self.rows():
            writer.writerow(
                [
                    row.title,
                    row.spec,
                    row.month,
                    row.removed,
                    f"{row.groups:g}",
                    f"{row.share_low:.4f}",
                    f"{row.share_median:.4f}",
                    f"{row.share_high:.4f}",
                    f"{row.price_median:.4f}",
                    self.seeds,
                ]
            )
        return out.getvalue()


class LabWords:
    """Every sentence of the policy lab about numbers."""

    def __init__(self, network: SupplyNetwork) -> None:
        self.network = network
        self.scenario = network.scenario
        self.destination = self.scenario.vocabulary.destination

    @staticmethod
    def illustrative_note(network: SupplyNetwork) -> str:
        return translate("lab", "Illustrative model: {note}").format(note=network.scenario.illustrative_note)

    # the comparison -------------------------------------------------------------------------------
    def month_heading(self, month: int) -> str:
        if month == 0:
            return translate("lab", "Right after")
        return translate("lab", "After %n month(s)", None, month)

    def share_cell(self, row: TableRow) -> str:
        """ "62% (55–70%)": the median run, and the range of 8 runs in 10 (just "62%" when they all agree)."""
        median, low, high = format_share(row.share_median), format_share(row.share_low), format_share(row.share_high)
        if low == median == high:
            return median
        return translate("lab", "{median} ({low}\u2013{high})").format(median=median, low=low, high=high)

    def groups_cell(self, row: TableRow) -> str:
        label = self.scenario.vocabulary.group.for_count(row.groups)
        return translate("lab", "{groups} {label}").format(groups=f"{row.groups:g}", label=label)

    @staticmethod
    def table_tip() -> str:
        return translate(
            "lab",
            "Each cell: the share of baseline supply in the median run, with the range of 8 runs in 10; "
            "below, the groups present (median). Illustrative model.",
        )

    def removed_cell(self, row: TableRow) -> str:
        return translate("lab", "%n removed", None, row.removed)

    def price_cell(self, row: TableRow) -> str:
        return translate("lab", "price {price}").format(price=format_index(row.price_median))

    def headline(self, comparison: Comparison) -> str:
        """The one sentence a class should take away from the comparison."""
        if not comparison.outcomes:
            return translate("lab", "Add a plan and the lab runs it (illustrative model).")
        month = comparison.headline_month()
        best = comparison.ranked()[0]
        share = best.ensemble.share
        values = {
            "plan": best.title,
            "destination": self.destination,
            "share": format_share(share.median[month]),
            "low": format_share(share.low[month]),
            "high": format_share(share.high[month]),
        }
        spread = values["low"] != values["share"] or values["high"] != values["share"]
        tied = [o.title for o in comparison.ranked() if format_share(o.ensemble.share.median[month]) == values["share"]]
        if len(tied) > 1:
            # Plans with the same outcome are named together: none of them "leaves the least" alone.
            quoted = [f"\u201c{title}\u201d" for title in tied]
            values["plans"] = translate("lab", "{first} and {last}").format(first=", ".join(quoted[:-1]), last=quoted[-1])
            text = translate(
                "lab",
                "After %n month(s), {plans} leave the same, least supply reaching {destination}: {share} of the baseline in the "
                "median run (illustrative model).",
                None,
                month,
            )
        elif len(comparison.outcomes) == 1 and spread:
            text = translate(
                "lab",
                "After %n month(s), \u201c{plan}\u201d leaves {share} of the baseline supply reaching {destination} in the median run "
                "(between {low} and {high} in 8 runs out of 10; illustrative model).",
                None,
                month,
            )
        elif len(comparison.outcomes) == 1:
            text = translate(
                "lab",
                "After %n month(s), \u201c{plan}\u201d leaves {share} of the baseline supply reaching {destination} "
                "(at least 8 runs in 10 agree; illustrative model).",
                None,
                month,
            )
        elif spread:
            text = translate(
                "lab",
                "After %n month(s), \u201c{plan}\u201d leaves the least supply reaching {destination}: {share} of the baseline in the "
                "median run (between {low} and {high} in 8 runs out of 10; illustrative model).",
                None,
                month,
            )
        else:
            text = translate(
                "lab",
                "After %n month(s), \u201c{plan}\u201d leaves the least supply reaching {destination}: {share} of the baseline "
                "(at least 8 runs in 10 agree; illustrative model).",
                None,
                month,
            )
        return text.format(**values)

    def seeds_note(self, comparison: Comparison) -> str:
        return translate(
            "lab",
            "Illustrative model. Every plan ran on the same %n seed(s): runs differ only in when new entrants come in. "
            "The band holds 8 runs in 10 (10th to 90th percentile); the line is the median run.",
            None,
            comparison.seeds,
        )

    def supply_title(self) -> str:
        return translate("lab", "Supply reaching {destination}, % of baseline (illustrative)").format(destination=self.destination)

    @staticmethod
    def month_axis() -> str:
        return translate("lab", "Months after the change")

    @staticmethod
    def share_axis() -> str:
        return translate("lab", "% of baseline supply left (illustrative)")

    def price_title(self) -> str:
        return translate("lab", "Price index (1 = before any change; illustrative)")

    @staticmethod
    def network_sentence(plan_sentence: str) -> str:
        """The network page's sentence: what the plan does in the month shown, in its first run."""
        return translate("lab", "{sentence} The network shows the plan's first run (seed 0); illustrative model.").format(
            sentence=plan_sentence
        )

    @staticmethod
    def waiting() -> str:
        return translate("lab", "Removing each actor alone, one after another…")

    def run_state(self, runs: int) -> str:
        """A plan's card once its runs are in."""
        return translate("lab", "Done: %n run(s) (illustrative)", None, runs)

    @staticmethod
    def running() -> str:
        return translate("lab", "Running…")

    @staticmethod
    def cancelled() -> str:
        return translate("lab", "Cancelled: press Run to finish it")

    @staticmethod
    def failed(why: str) -> str:
        return translate("lab", "Could not run: {why}").format(why=why)

    def progress(self, done: int, total: int) -> str:
        return translate("lab", "{done} of {total} runs done").format(done=done, total=total)

    # which actor matters most -----------------------------------------------------------------------
    def ranking_title(self, months: int) -> str:
        return translate("lab", "Each actor removed alone: supply left right after and after %n month(s) (illustrative)", None, months)

    def ranking(self, rows: Sequence[Criticality]) -> str:
        if not rows:
            return translate("lab", "No actor carries supply in this scenario.")
        first = rows[0]
        later, now = format_share(first.share_after), format_share(first.share_immediate)
        if later == format_share(1.0):
            hardest = min(rows, key=lambda r: (r.share_immediate, r.actor))
            return translate(
                "lab",
                "%n month(s) after any single removal, all of the baseline supply reaches {destination} again: the trade "
                "recovers from each one. Right after, removing {actor} hurts most ({now} still arrives). Illustrative model, one run.",
                None,
                first.months,
            ).format(destination=self.destination, actor=self.scenario.actor(hardest.actor).name, now=format_share(hardest.share_immediate))
        return translate(
            "lab",
            "Removing {actor} alone hurts most after %n month(s): {later} of the baseline supply still reaches {destination} "
            "(right after: {now}). Illustrative model, one run.",
            None,
            first.months,
        ).format(actor=self.scenario.actor(first.actor).name, later=later, now=now, destination=self.destination)

    def stopping(self, actors: Sequence[str]) -> str:
        """What the smallest stopping set is and what it means, plainly."""
        if not actors:
            return translate("lab", "No set of actors cuts every path to {destination} in this scenario (illustrative model).").format(
                destination=self.destination
            )
        names = ", ".join(self.scenario.actor(a).name for a in actors)
        waiting = sum(1 for a in actors if self.scenario.actor(a).latent)
        parts = [
            translate(
                "lab",
                "Removing these %n actor(s) together cuts every path from the first stage to {destination}: {names}.",
                None,
                len(actors),
            ).format(destination=self.destination, names=names),
            translate("lab", "No smaller set does: leave any one of them and supply still finds a way."),
            translate(
                "lab",
                "The count includes new entrants waiting to come in: remove only the actors active today and entrants would still "
                "come in and carry supply.",
            ),
        ]
        if waiting:
            parts.append(translate("lab", "%n of these are such entrants.", None, waiting))
        parts.append(translate("lab", "Supply stops only while all of them stay removed. Illustrative model."))
        return " ".join(parts)

    def stopping_size(self, actors: Sequence[str]) -> str:
        return translate("lab", "Smallest stopping set: %n actor(s)", None, len(actors)) if actors else DASH

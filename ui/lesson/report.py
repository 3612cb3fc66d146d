"""One run of the model as data, and its text and JSON forms for the command line (and exports).

``RunReport`` holds a plan's timeline (and percentile bands over several seeds); ``AnalysisReport``
the criticality ranking and the smallest stopping set; ``ComparisonReport`` several plans on the same
seeds (``compare``). ``to_json()`` gives the objects whose keys
docs/model.md documents; ``to_text()`` the plain-text tables ``simulate``, ``analyze`` and ``compare`` print.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from model.analysis import Criticality
from model.flow import Impact, compare
from model.interventions import Plan
from model.network import SupplyNetwork
from model.simulation import Band, Timeline
from ui.lesson.comparison import Comparison, LabWords
from ui.lesson.i18n import translate
from ui.lesson.lab import PlanWords
from ui.lesson.numbers import DASH, format_index


def rounded(value: float) -> float | None:
    """Rounded for the report; None (JSON null) where there is no meaningful number."""
    return round(value, 4) if math.isfinite(value) else None


def _illustrative(note: str) -> str:
    return translate("report", "Illustrative model: {note}").format(note=note)


def _word(heading: str) -> str:
    """A column's heading (the text tables' columns keep their widths; a longer word widens its column)."""
    return {
        "month": translate("report", "month"),
        "delivered": translate("report", "delivered"),
        "share": translate("report", "share"),
        "price": translate("report", "price"),
        "actors": translate("report", "actors"),
        "groups": translate("report", "groups"),
        "entered": translate("report", "entered"),
        "actor": translate("report", "actor"),
        "carries": translate("report", "carries"),
        "after": translate("report", "after"),
        "plan": translate("report", "plan"),
        "removed": translate("report", "removed"),
    }[heading]


def percent(value: float) -> str:
    return f"{value:.0%}" if math.isfinite(value) else DASH


@dataclass(frozen=True)
class RunReport:
    """A plan's run: baseline, immediate re-routing, the months after, optional bands."""

    network: SupplyNetwork
    plan: Plan
    timeline: Timeline
    bands: Sequence[Band] | None = None

    @property
    def impact(self) -> Impact:
        return compare(self.timeline.baseline, self.timeline.immediate.flow)

    def _names(self) -> dict[str, str]:
        return {a.id: a.name for a in self.network.scenario.actors}

    def to_json(self) -> dict[str, Any]:
        scenario = self.network.scenario
        timeline, bands = self.timeline, self.bands
        baseline, immediate, impact = timeline.baseline, timeline.immediate, self.impact
        months = []
        for i, month in enumerate(timeline.months):
            entry: dict[str, Any] = {
                "month": month.month,
                "delivered": rounded(month.delivered),
                "share_of_baseline": rounded(month.share_of_baseline),
                "price_index": rounded(month.price_index),
                "active_actors": month.active_actors,
                "active_groups": month.active_groups,
                "entered": list(month.entered),
            }
            if bands is not None:
                entry["share_p10"] = rounded(bands[i].share_p10)
                entry["share_p50"] = rounded(bands[i].share_p50)
                entry["share_p90"] = rounded(bands[i].share_p90)
            months.append(entry)
        return {
            "scenario": scenario.title,
            "illustrative": scenario.illustrative_note,
            "removed": sorted(immediate.conditions.removed),
            "seed": timeline.seed,
            "baseline": {"delivered": rounded(baseline.delivered), "demand": rounded(baseline.demand)},
            "immediate": {
                "delivered": rounded(immediate.delivered),
                "share_of_baseline": rounded(immediate.share_of_baseline),
                "price_index": rounded(immediate.price_index),
            },
            "timeline": months,
            "actors": [
                {
                    "id": actor.id,
                    "name": actor.name,
                    "stage": actor.stage,
                    "kind": actor.kind,
                    "latent": actor.latent,
                    "flow_baseline": rounded(baseline.actor_flow[actor.id]),
                    "flow_immediate": rounded(immediate.flow.actor_flow[actor.id]),
                    "flow_final": rounded(timeline.months[-1].flow.actor_flow[actor.id]),
                }
                for actor in scenario.actors
            ],
            "rerouted": [
                {"from": c.from_, "to": c.to, "baseline": rounded(c.before), "immediate": rounded(c.after)} for c in impact.rerouted
            ],
            "lost": [{"from": c.from_, "to": c.to, "baseline": rounded(c.before), "immediate": rounded(c.after)} for c in impact.lost],
        }

    def to_text(self) -> str:
        scenario = self.network.scenario
        timeline, bands = self.timeline, self.bands
        baseline, immediate, impact = timeline.baseline, timeline.immediate, self.impact
        names = self._names()
        lines = [scenario.title, _illustrative(scenario.illustrative_note)]
        removed = ", ".join(names[a] for a in sorted(immediate.conditions.removed)) or translate("report", "nobody")
        others = translate("report", "; other actions: {count}").format(count=len(self.plan.actions)) if self.plan.actions else ""
        lines.append(translate("report", "Removed: {removed}").format(removed=removed) + others)
        lines.append(
            translate("report", "Baseline: {delivered} units a month reach the streets (demand {demand}).").format(
                delivered=f"{baseline.delivered:.1f}", demand=f"{baseline.demand:.1f}"
            )
        )
        share = immediate.share_of_baseline
        lines.append(
            translate("report", "Immediately after: {delivered} ({share} of baseline), price index {price}.").format(
                delivered=f"{immediate.delivered:.1f}", share=percent(share), price=f"{immediate.price_index:.2f}"
            )
        )
        if impact.rerouted:
            lines.append(translate("report", "Re-routed (routes that gained flow at once):"))
            for change in impact.rerouted[:12]:
                lines.append(f"  {names[change.from_]} -> {names[change.to]}: {change.before:.1f} -> {change.after:.1f}")
        lines.append("")
        header = f"{_word('month'):>5} {_word('delivered'):>10} {_word('share'):>7} {_word('price'):>6} "
        header += f"{_word('actors'):>7} {_word('groups'):>7}"
        if bands is not None:
            header += f" {'p10':>6} {'p50':>6} {'p90':>6}"
        lines.append(header + "  " + _word("entered"))
        for i, month in enumerate(timeline.months):
            line = (
                f"{month.month:>5} {month.delivered:>10.1f} {percent(month.share_of_baseline):>7} {month.price_index:>6.2f} "
                f"{month.active_actors:>7} {month.active_groups:>7}"
            )
            if bands is not None:
                band = bands[i]
                line += f" {percent(band.share_p10):>6} {percent(band.share_p50):>6} {percent(band.share_p90):>6}"
            entered = ", ".join(names[a] for a in month.entered)
            lines.append(line + (f"  {entered}" if entered else ""))
        return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class AnalysisReport:
    """Which actors matter most (each removed alone), and the smallest set that stops all supply."""

    network: SupplyNetwork
    months: int
    ranking: Sequence[Criticality]
    stopping_set: Sequence[str]  # in the network's actor order

    def to_json(self) -> dict[str, Any]:
        scenario = self.network.scenario
        names = {a.id: a.name for a in scenario.actors}
        return {
            "scenario": scenario.title,
            "illustrative": scenario.illustrative_note,
            "months": self.months,
            "criticality": [
                {
                    "id": row.actor,
                    "name": names[row.actor],
                    "flow_baseline": rounded(row.baseline_flow),
                    "share_immediate": rounded(row.share_immediate),
                    "share_after": rounded(row.share_after),
                }
                for row in self.ranking
            ],
            "smallest_stopping_set": [{"id": a, "name": names[a], "stage": self.network.actors[a].stage} for a in self.stopping_set],
        }

    def to_text(self) -> str:
        scenario = self.network.scenario
        names = {a.id: a.name for a in scenario.actors}
        months = self.months
        lines = [scenario.title, _illustrative(scenario.illustrative_note), ""]
        lines.append(
            translate(
                "report", "Removing each active actor alone: share of baseline supply right after, and after {months} months."
            ).format(months=months)
        )
        width = max((len(names[row.actor]) for row in self.ranking), default=5)
        month_head = translate("report", "{months} mo").format(months=months)
        lines.append(f"  {_word('actor'):<{width}}  {_word('carries'):>7}  {_word('after'):>6}  {month_head:>6}")
        for row in self.ranking:
            shares = f"{percent(row.share_immediate):>6}  {percent(row.share_after):>6}"
            lines.append(f"  {names[row.actor]:<{width}}  {row.baseline_flow:>7.1f}  {shares}")
        lines.append("")
        stopping = list(self.stopping_set)
        stages = sorted({self.network.actors[a].stage for a in stopping}, key=self.network.stage_order.__getitem__)
        count = translate("report", "%n actor(s)", None, len(stopping)) + " " + translate("report", "from %n stage(s)", None, len(stages))
        markets = ", ".join(k.label for k in scenario.vocabulary.kinds if k.role == "market")
        lines += (
            translate(
                "report",
                "Smallest set of actors whose removal stops all supply ({count}; markets ({markets}) left out,\n"
                "counting entrants that would otherwise come in; enabling inputs alone never stop it unless an actor\n"
                "needs one for all of its capacity):",
            )
            .format(count=count, markets=markets)
            .split("\n")
        )
        for actor_id in stopping:
            stage = scenario.stage(self.network.actors[actor_id].stage).short_title
            lines.append("  " + translate("report", "{actor} (stage: {stage})").format(actor=names[actor_id], stage=stage))
        return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class ComparisonReport:
    """Several plans on the same seeds (``python main.py compare``): bands month by month, and the plans ranked."""

    comparison: Comparison

    def _ranks(self) -> dict[int, int]:
        return {id(o): i + 1 for i, o in enumerate(self.comparison.ranked())}

    def to_json(self) -> dict[str, Any]:
        comparison = self.comparison
        network = comparison.network
        scenario = network.scenario
        words = PlanWords(scenario)
        ranks = self._ranks()
        month = comparison.headline_month()
        first = comparison.outcomes[0].ensemble
        plans = []
        for outcome in comparison.outcomes:
            ensemble = outcome.ensemble
            share, price, groups = ensemble.share, ensemble.price, ensemble.groups
            plans.append(
                {
                    "name": outcome.title,
                    "spec": outcome.plan.spec(),
                    "description": words.describe(outcome.plan),
                    "removed": list(ensemble.removed),
                    "rank": ranks[id(outcome)],
                    "distinct_runs": ensemble.distinct_runs,
                    "timeline": [
                        {
                            "month": m,
                            "share_p10": rounded(share.low[m]),
                            "share_p50": rounded(share.median[m]),
                            "share_p90": rounded(share.high[m]),
                            "price_index": rounded(price.median[m]),
                            "price_p10": rounded(price.low[m]),
                            "price_p90": rounded(price.high[m]),
                            "groups_p50": rounded(groups.median[m]),
                            "entrants_p50": rounded(ensemble.entrants_by(m)),
                        }
                        for m in range(ensemble.months + 1)
                    ],
                }
            )
        return {
            "scenario": scenario.title,
            "illustrative": scenario.illustrative_note,
            "months": comparison.months,
            "seeds": list(first.seeds),
            "baseline": {"delivered": rounded(first.baseline_delivered), "groups": first.baseline_groups},
            "plans": plans,
            "ranking": [
                {
                    "rank": i + 1,
                    "name": o.title,
                    "spec": o.plan.spec(),
                    "month": month,
                    "share_p50": rounded(o.ensemble.share.median[month]),
                    "share_p50_last_month": rounded(o.ensemble.share.median[-1]),
                }
                for i, o in enumerate(comparison.ranked())
            ],
        }

    def to_text(self) -> str:
        comparison = self.comparison
        network = comparison.network
        scenario = network.scenario
        words, lab = PlanWords(scenario), LabWords(network)
        months = comparison.months_shown()
        lines = [scenario.title, _illustrative(scenario.illustrative_note), ""]
        lines.append(lab.seeds_note(comparison))
        lines.append(
            translate("report", "Share of baseline supply reaching {destination}: median run (10th-90th percentile).").format(
                destination=scenario.vocabulary.destination
            )
        )
        lines.append("")
        rows = {(row.title, row.month): row for row in comparison.rows()}
        width = max([len(o.title) for o in comparison.outcomes] + [4])
        cell = max(len(lab.month_heading(m)) for m in months) + 2
        cell = max(cell, 16)
        heads = "".join(f"{lab.month_heading(m):>{cell}}" for m in months)
        lines.append(f"{_word('plan'):<{width}}  {_word('removed'):>7}{heads}")
        for outcome in comparison.outcomes:
            cells = "".join(f"{lab.share_cell(rows[(outcome.title, m)]):>{cell}}" for m in months)
            lines.append(f"{outcome.title:<{width}}  {rows[(outcome.title, 0)].removed:>7}{cells}")
        lines.append("")
        groups_word = scenario.vocabulary.group.other.capitalize()
        lines.append(translate("report", "{groups} present and price index (medians):").format(groups=groups_word))
        lines.append(f"{_word('plan'):<{width}}  {'':>7}{heads}")
        for outcome in comparison.outcomes:
            cells = "".join(
                f"{rows[(outcome.title, m)].groups:>{cell - 8}g} · {format_index(rows[(outcome.title, m)].price_median):>5}" for m in months
            )
            lines.append(f"{outcome.title:<{width}}  {'':>7}{cells}")
        lines.append("")
        lines.append(
            translate("report", "Plans ranked by the supply left after {months} months (least first):").format(
                months=comparison.headline_month()
            )
        )
        month = comparison.headline_month()
        for i, outcome in enumerate(comparison.ranked()):
            share = lab.share_cell(comparison.row(outcome, month))
            plan = outcome.plan
            what = "" if plan.presets and plan.spec() == plan.presets[0] else f" {'; '.join(words.lines(plan))}."
            lines.append(f"  {i + 1}. {outcome.title}: {share}.{what}")
        lines.append("")
        lines.append(lab.headline(comparison))
        return "\n".join(lines) + "\n"

"""Every sentence the app says about the model's numbers, made once from ``Impact`` and ``Assessment``.

The impact strip, the actor panel, tooltips, status messages, the chart's words and the command
line all take their sentences from a ``Describer``; none of them formats raw flows itself. The trade's
own words (the destination, the unit, the kinds, the regions, the groups) come from the scenario's
vocabulary, and every sentence goes through ``translate`` whole, with named placeholders.
"""

from __future__ import annotations

from collections.abc import Sequence

from model.network import SupplyNetwork
from model.results import Assessment, MonthState, compare
from model.scenario import Scenario
from ui.lesson.i18n import translate
from ui.lesson.numbers import format_amount, format_index, format_share

SENTENCE_MONTHS = 12  # the "after 12 months" of the what-happened sentence


class Describer:
    """Sentences about one scenario's numbers."""

    def __init__(self, network: SupplyNetwork) -> None:
        self.network = network
        self.scenario: Scenario = network.scenario
        self.vocabulary = self.scenario.vocabulary

    # words ------------------------------------------------------------------------------------
    def name(self, actor_id: str) -> str:
        return self.network.actors[actor_id].name

    def names(self, ids: Sequence[str], limit: int = 2) -> str:
        """Up to ``limit`` actor names as a list: "A", "A and B"."""
        names = [self.name(a) for a in ids[:limit]]
        if len(names) <= 1:
            return "".join(names)
        return translate("describe", "{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])

    def units(self, amount: float) -> str:
        return self.vocabulary.unit.for_count(round(amount, 1))

    def kind_and_region(self, actor_id: str) -> str:
        """The kind and the region: "Producer · Highlands"."""
        kind, region = self.scenario.kind_of(actor_id), self.scenario.region_of(actor_id)
        return translate("describe", "{kind} \u00b7 {region}").format(kind=kind.label, region=region.name)

    @staticmethod
    def illustrative() -> str:
        return translate("describe", "illustrative model")

    # the tour ----------------------------------------------------------------------------------
    def stage_kicker(self, index: int) -> str:
        """ "Stage 3 of 7"."""
        return translate("describe", "Stage {number} of {total}").format(number=index + 1, total=len(self.scenario.stages))

    def stage_title(self, index: int, explore: bool) -> str:
        """The toolbar's title: "Stage 3 of 7: Production", with "Exploring freely" when exploring."""
        values = {"number": index + 1, "total": len(self.scenario.stages), "title": self.scenario.stages[index].short_title}
        if explore:
            return translate("describe", "Exploring freely \u00b7 Stage {number} of {total}: {title}").format(**values)
        return translate("describe", "Stage {number} of {total}: {title}").format(**values)

    def stage_item(self, index: int) -> str:
        """A stage in the stage list: "3 Production"."""
        return translate("describe", "{number} {title}").format(number=index + 1, title=self.scenario.stages[index].short_title)

    def stage_item_tip(self, index: int, seen: bool) -> str:
        title = self.scenario.stages[index].title
        return translate("describe", "{title} (seen)").format(title=title) if seen else title

    def progress(self, seen: int) -> str:
        """ "Seen 2 of 7 stages": the progress bar's words, and what a screen reader says of it."""
        return translate("describe", "Seen {seen} of {total} stages").format(seen=seen, total=len(self.scenario.stages))

    def actor_stage(self, actor_id: str) -> str:
        """The actor panel's kicker: "Stage 4: Transport"."""
        index = self.network.stage_order[self.network.actors[actor_id].stage]
        return translate("describe", "Stage {number}: {title}").format(number=index + 1, title=self.scenario.stages[index].short_title)

    # the what-happened sentence --------------------------------------------------------------
    def outcome(self, after: Assessment, months: int = SENTENCE_MONTHS, played: int | None = None) -> str:
        """Where supply stands right after and, once the months have been played, some months later;
        who filled the gap by then; and, once nothing is short, the price the replacements' costs
        leave, labelled as the model's."""
        now = after.timeline.immediate.share_of_baseline
        state = after.timeline.at(months)
        later = state.share_of_baseline
        if played is not None and played < months:
            return translate(
                "describe", "Right after, {now} of the baseline supply reaches {destination}. Play the months to see what happens next."
            ).format(now=format_share(now), destination=self.vocabulary.destination)
        sentences = [
            translate(
                "describe", "Right after, {now} of the baseline supply reaches {destination}; after %n month(s), {later}.", None, months
            ).format(now=format_share(now), later=format_share(later), destination=self.vocabulary.destination)
        ]
        if after.months < months:  # only the immediate re-routing is known yet
            return sentences[0]
        fillers = after.gap_fillers(months)
        entrants = self.names([c.actor for c in fillers.entrants])
        survivors = self.names([c.actor for c in fillers.survivors])
        if later > now + 0.005 and entrants and survivors:
            sentences.append(
                translate(
                    "describe",
                    "By month {month}, the recovery ran mostly through new entrants ({entrants}) and survivors that grew ({survivors}).",
                ).format(month=state.month, entrants=entrants, survivors=survivors)
            )
        elif later > now + 0.005 and entrants:
            sentences.append(
                translate("describe", "By month {month}, the recovery ran mostly through new entrants: {entrants}.").format(
                    month=state.month, entrants=entrants
                )
            )
        elif later > now + 0.005 and survivors:
            sentences.append(
                translate("describe", "By month {month}, the recovery ran mostly through survivors that grew: {survivors}.").format(
                    month=state.month, survivors=survivors
                )
            )
        if not state.flow.short and state.price_index >= 1.015:
            sentences.append(
                translate(
                    "describe",
                    "Under this model's assumptions the replacements cost more, so the price stays {rise} above the baseline "
                    "and less is bought.",
                ).format(rise=format_share(state.price_index - 1))
            )
        elif not state.flow.short and state.price_index <= 0.985:
            sentences.append(
                translate(
                    "describe",
                    "Under this model's assumptions the dearest supply is no longer needed, so the price falls {fall} "
                    "and buyers take back a little of the cut.",
                ).format(fall=format_share(1 - state.price_index))
            )
        return " ".join(sentences)

    def removal(
        self, actor_id: str, before: Assessment, after: Assessment, months: int = SENTENCE_MONTHS, played: int | None = None
    ) -> str:
        """What removing an actor did: what share it carried, how much of that went elsewhere at once
        and through whom, and what reaches the destination later."""
        name = self.name(actor_id)
        outcome = self.outcome(after, months, played)
        step = compare(before.immediate, after.immediate)
        carried = before.immediate.actor_flow.get(actor_id, 0.0)
        if carried <= 0:
            lead = translate("describe", "Removing {actor} changed nothing at once: it carried none of the supply.").format(actor=name)
            return f"{lead} {outcome}"
        total = before.immediate.delivered
        values = {
            "actor": name,
            "share": format_share(carried / total),
            "carried": format_amount(carried),
            "total": format_amount(total),
            "units": self.units(total),
            "destination": self.vocabulary.destination,
        }
        earlier = len(before.plan.removed) + len(before.plan.actions)
        if earlier:
            lead = translate(
                "describe",
                "With %n other change(s) already made, {actor} carried {share} of the supply still reaching {destination} "
                "({carried} of {total} {units} a month).",
                None,
                earlier,
            ).format(**values)
        else:
            lead = translate(
                "describe", "{actor} carried {share} of the supply reaching {destination} ({carried} of {total} {units} a month)."
            ).format(**values)
        elsewhere = step.moved_elsewhere(actor_id)
        takers = step.takers(actor_id)
        if elsewhere <= 0:
            moved = translate("describe", "None of it could go elsewhere at once: the others had no spare capacity.")
        elif takers:
            moved = translate("describe", "At once, {moved} of its {carried} {units} went elsewhere, mostly through {takers}.").format(
                moved=format_amount(elsewhere), carried=format_amount(carried), units=self.units(carried), takers=self.names(takers)
            )
        else:
            moved = translate("describe", "At once, {moved} of its {carried} {units} went elsewhere.").format(
                moved=format_amount(elsewhere), carried=format_amount(carried), units=self.units(carried)
            )
        return f"{lead} {moved} {outcome}"

    def plan(self, assessment: Assessment, months: int = SENTENCE_MONTHS, what: str = "", played: int | None = None) -> str:
        """Where the current plan leaves supply, now and after some months (after any change that is not a removal)."""
        if assessment.plan.is_baseline:
            delivered = assessment.baseline.delivered
            return translate(
                "describe",
                "Baseline: {amount} {units} a month reach {destination}. Select an actor and remove it to see where the trade goes.",
            ).format(amount=format_amount(delivered), units=self.units(delivered), destination=self.vocabulary.destination)
        parts = [what] if what else []
        removed = len(assessment.plan.removed)
        if removed:
            parts.append(translate("describe", "%n actor(s) removed.", None, removed))
        if played is not None and played < months:
            parts.append(
                translate(
                    "describe", "At once {now} of the baseline supply reaches {destination}. Play the months to see what happens next."
                ).format(now=format_share(assessment.timeline.immediate.share_of_baseline), destination=self.vocabulary.destination)
            )
        else:
            parts.append(self.outcome(assessment, months))
        return " ".join(parts)

    def change(self, before: Assessment, after: Assessment, what: str, actor_id: str | None, played: int | None = None) -> str:
        """The sentence for a change: a removal's own account, else where the plan leaves supply
        (``played``: the months the learner has seen; later ones are not told yet)."""
        if actor_id is not None and actor_id in after.plan.removed and actor_id not in before.plan.removed:
            return self.removal(actor_id, before, after, played=played)
        return self.plan(after, what=f"{what}." if what else "", played=played)

    # one actor ---------------------------------------------------------------------------------
    def actor_flow(self, actor_id: str, assessment: Assessment, month: int) -> str:
        """The actor's flow in a month in the words of its trade: "Makes 12 units a month now (baseline: 12)."."""
        state = assessment.timeline.at(month)
        base = assessment.baseline.actor_flow.get(actor_id, 0.0)
        if actor_id in assessment.plan.removed or actor_id in state.conditions.removed:
            return translate("describe", "Removed. Before: {amount} {units} a month.").format(
                amount=format_amount(base), units=self.units(base)
            )
        if self.network.is_waiting(actor_id, state.conditions):
            return translate("describe", "Not in the trade yet. It may enter if a shortage pushes prices up far enough.")
        now = state.flow.actor_flow.get(actor_id, 0.0)
        values = {
            "verb": self.scenario.kind_of(actor_id).flow,
            "amount": format_amount(now),
            "units": self.units(now),
            "baseline": format_amount(base),
            "month": month,
        }
        if month == 0:
            return translate("describe", "{verb} {amount} {units} a month now (baseline: {baseline}).").format(**values)
        return translate("describe", "{verb} {amount} {units} a month in month {month} (baseline: {baseline}).").format(**values)

    def actor_flow_line(self, actor_id: str, assessment: Assessment, month: int) -> str:
        """The flow sentence as the panel shows it, marked as the model's."""
        return f"{self.actor_flow(actor_id, assessment, month)} ({self.illustrative()})"

    def actor_tooltip(self, actor_id: str, assessment: Assessment, month: int) -> str:
        lines = [self.name(actor_id), self.kind_and_region(actor_id), self.actor_flow_line(actor_id, assessment, month)]
        lines.append(translate("describe", "Click to learn more"))
        return "\n".join(lines)

    def route_tooltip(self, flow: float, baseline: float) -> str:
        return translate("describe", "{amount} {units} a month (baseline {baseline}) \u2014 illustrative").format(
            amount=format_amount(flow), units=self.units(flow), baseline=format_amount(baseline)
        )

    # the impact strip and the chart ------------------------------------------------------------
    def month_label(self, month: int) -> str:
        return translate("describe", "Right after") if month == 0 else translate("describe", "Month {month}").format(month=month)

    def numbers(self, assessment: Assessment, month: int) -> str:
        """The headline numbers of a month: supply, share of baseline, price index, groups."""
        state: MonthState = assessment.timeline.at(month)
        values = {
            "destination": self.vocabulary.destination,
            "amount": format_amount(state.delivered),
            "units": self.units(state.delivered),
            "share": format_share(state.share_of_baseline),
            "price": format_index(state.price_index),
            "groups_label": self.vocabulary.group.other,
            "groups": state.active_groups,
            "baseline_groups": assessment.timeline.baseline_groups,
            "month": month,
        }
        if month == 0:
            text = translate(
                "describe",
                "Reaching {destination} right after: {amount} {units} a month, {share} of baseline \u00b7 price index {price} "
                "\u00b7 {groups_label} {groups} (baseline {baseline_groups})",
            )
        else:
            text = translate(
                "describe",
                "Reaching {destination} in month {month}: {amount} {units} a month, {share} of baseline \u00b7 price index {price} "
                "\u00b7 {groups_label} {groups} (baseline {baseline_groups})",
            )
        return text.format(**values)

    def impact_tag(self) -> str:
        return translate("describe", "What happened \u00b7 {note}").format(note=self.illustrative())

    def chart_title(self, two_lines: bool) -> str:
        text = (
            translate("describe", "Supply reaching {destination}\nillustrative model")
            if two_lines
            else translate("describe", "Supply reaching {destination} \u2014 illustrative model")
        )
        return text.format(destination=self.vocabulary.destination)

    def chart_description(self) -> str:
        return translate(
            "describe", "Impact chart: share of baseline supply reaching {destination}, and price index, by month (illustrative model)"
        ).format(destination=self.vocabulary.destination)

    # changes and notices -----------------------------------------------------------------------
    def remove_command(self, actor_id: str) -> str:
        return translate("describe", "Remove {actor}").format(actor=self.name(actor_id))

    def restore_command(self, actor_id: str) -> str:
        return translate("describe", "Restore {actor}").format(actor=self.name(actor_id))

    def preset_command(self, preset_name: str) -> str:
        return translate("describe", "Apply \u201c{preset}\u201d").format(preset=preset_name)

    @staticmethod
    def reset_command() -> str:
        return translate("describe", "Reset all")

    @staticmethod
    def undone(text: str) -> str:
        return translate("describe", "Undone: {change}").format(change=text)

    def already_removed(self, actor_id: str) -> str:
        return translate("describe", "{actor} is already removed.").format(actor=self.name(actor_id))

    @staticmethod
    def already_baseline() -> str:
        return translate("describe", "Already at the baseline.")

    @staticmethod
    def no_such_preset(preset_id: str) -> str:
        return translate("describe", "This scenario has no policy called '{preset}'.").format(preset=preset_id)

    @staticmethod
    def done(what: str) -> str:
        return translate("describe", "{change}.").format(change=what)

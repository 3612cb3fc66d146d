"""What a screen reader says: the network's actors and changed routes, the tour's progress, the
chart's data table, and short accessible names for controls and text blocks.

Every sentence is made here from the model's numbers (through a ``Describer`` for the scenario's own
words), never in Qt code; ``ui.access`` and ``ui.datatable`` only hand them to Qt's accessibility.
The flows are the model's and illustrative, and the words say so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from model.results import Assessment
from ui.lesson.describe import Describer
from ui.lesson.i18n import translate
from ui.lesson.numbers import format_amount, format_delta, format_index, format_share
from ui.lesson.picture import ActorPicture, ActorStatus, FlowPicture, RoutePicture
from ui.lesson.session import Session

NAME_WORDS = 60  # characters of a text block's first line used as its accessible name

_SYMBOLS = re.compile(r"[\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf]")


def plain_words(text: str) -> str:
    """A control's words without the arrows and triangles drawn beside them ("▶ Play" → "Play")."""
    return " ".join(_SYMBOLS.sub(" ", text).split())


def first_words(text: str, limit: int = NAME_WORDS) -> str:
    """The first line of a text, cut at a word before ``limit`` characters (with "…"): a text block's name."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0] or line[:limit]
    return cut.rstrip(",;:") + "\u2026"


@dataclass(frozen=True)
class DataTable:
    """The chart's numbers as rows of text, with the column headings and a caption that says they are illustrative."""

    caption: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


class Spoken:
    """Sentences for assistive technology about one scenario."""

    def __init__(self, describer: Describer) -> None:
        self.describer = describer
        self.network = describer.network
        self.scenario = describer.scenario

    # the network ---------------------------------------------------------------------------------
    def stage_order(self, actor_ids: Sequence[str]) -> list[str]:
        """Actors in the order of the tour's stages (the scenario's order within a stage)."""
        position = {actor_id: i for i, actor_id in enumerate(self.network.actor_ids)}
        return sorted(actor_ids, key=lambda a: (self.network.stage_order[self.network.actors[a].stage], position[a]))

    def network_description(self, stage: int, explore: bool, shown: int, changed: int) -> str:
        """The network's description: where the tour is, how many actors are listed, how to move."""
        lead = self.describer.stage_title(stage, explore)
        actors = translate("spoken", "%n actor(s), in the order of the stages.", None, shown)
        keys = translate("spoken", "Arrow keys move between actors; Enter opens one; Delete removes it.")
        routes = translate("spoken", "%n route(s) changed: see the changes list.", None, changed) if changed else ""
        return " ".join(part for part in (f"{lead}.", actors, keys, routes) if part)

    def actor_name(self, actor_id: str, status: ActorStatus) -> str:
        """The actor's name, with its state when it is not in the trade: "Port group (removed)"."""
        name = self.describer.name(actor_id)
        if status is ActorStatus.REMOVED:
            return translate("spoken", "{actor} (removed)").format(actor=name)
        if status is ActorStatus.WAITING:
            return translate("spoken", "{actor} (not yet active)").format(actor=name)
        return name

    def actor_description(self, actor: ActorPicture, month: int) -> str:
        """Kind, region and stage; flow now and at the baseline, marked as the model's."""
        actor_id = actor.id
        place = translate("spoken", "{kind_and_region}; {stage}.").format(
            kind_and_region=self.describer.kind_and_region(actor_id), stage=self.describer.actor_stage(actor_id)
        )
        values = {
            "amount": format_amount(actor.flow),
            "baseline": format_amount(actor.baseline),
            "units": self.describer.units(actor.baseline if actor.status is ActorStatus.REMOVED else actor.flow),
            "verb": self.scenario.kind_of(actor_id).flow,
            "month": month,
            "note": self.describer.illustrative(),
        }
        if actor.status is ActorStatus.REMOVED:
            flow = translate("spoken", "Removed; at the baseline {baseline} {units} a month ({note}).")
        elif actor.status is ActorStatus.WAITING:
            flow = translate("spoken", "Not yet active: it may enter if a shortage pushes prices up ({note}).")
        elif month == 0:
            flow = translate("spoken", "{verb} {amount} {units} a month now; baseline {baseline} ({note}).")
        else:
            flow = translate("spoken", "{verb} {amount} {units} a month in month {month}; baseline {baseline} ({note}).")
        return f"{place} {flow.format(**values)}"

    # changed routes ------------------------------------------------------------------------------
    def changed_routes(self, picture: FlowPicture) -> list[RoutePicture]:
        """The routes that changed, largest gain first, then largest loss first (the model's order)."""
        return [picture.routes[key] for key in (*picture.gained, *picture.lost) if key in picture.routes]

    def changes_name(self, count: int) -> str:
        return translate("spoken", "Changed routes: %n", None, count)

    def changes_description(self, count: int) -> str:
        if count == 0:
            return translate("spoken", "No route carries more or less than at the baseline.")
        return translate("spoken", "Routes that carry more or less than at the baseline, largest change first ({note}).").format(
            note=self.describer.illustrative()
        )

    def route_name(self, route: RoutePicture) -> str:
        """ "From A to B: +12"."""
        source, target = route.key
        return translate("spoken", "From {source} to {target}: {delta}").format(
            source=self.describer.name(source), target=self.describer.name(target), delta=format_delta(route.delta)
        )

    def route_description(self, route: RoutePicture) -> str:
        return translate("spoken", "{amount} {units} a month; baseline {baseline} ({note}).").format(
            amount=format_amount(route.flow),
            units=self.describer.units(route.flow),
            baseline=format_amount(route.baseline),
            note=self.describer.illustrative(),
        )

    # the chart's data table ----------------------------------------------------------------------
    @staticmethod
    def months_shown(session: Session) -> int | None:
        """The months the chart shows: those played since the last change (None: all, at the baseline)."""
        return None if session.change is None or session.plan.is_baseline else session.played

    def data_table(self, assessment: Assessment, played: int | None) -> DataTable:
        """The months the chart shows (``played``: up to this month; None: all), as rows of text."""
        vocabulary = self.scenario.vocabulary
        last = assessment.months if played is None else min(played, assessment.months)
        headers = (
            translate("spoken", "Month"),
            translate("spoken", "Supply reaching {destination} ({units} a month)").format(
                destination=vocabulary.destination, units=vocabulary.unit.other
            ),
            translate("spoken", "Share of baseline"),
            translate("spoken", "Price index"),
            translate("spoken", "Active {groups} (baseline {baseline})").format(
                groups=vocabulary.group.other, baseline=assessment.timeline.baseline_groups
            ),
        )
        rows = []
        for month in range(last + 1):
            state = assessment.timeline.at(month)
            rows.append(
                (
                    self.describer.month_label(month),
                    format_amount(state.delivered),
                    format_share(state.share_of_baseline),
                    format_index(state.price_index),
                    str(state.active_groups),
                )
            )
        caption = translate("spoken", "The chart's numbers, month by month after the current plan. {note} {rest}").format(
            note=self.scenario.illustrative_note,
            rest=translate("spoken", "Play the months to add rows.") if last < assessment.months else "",
        )
        return DataTable(caption.strip(), headers, tuple(rows))

    # the side panel -----------------------------------------------------------------------------
    @staticmethod
    def prediction_prompt(change: str) -> str:
        """Said when a change waits for the learner's prediction (the side panel asks; the network is unchanged)."""
        return translate(
            "spoken", "Before you see it: {change}. Say what you expect in the side panel, skip, or cancel the change."
        ).format(change=change)

    def actor_opened(self, actor_id: str, assessment: Assessment, month: int) -> str:
        """Said when an actor's details open in the side panel: who, and its flow."""
        return translate("spoken", "{actor}: {flow} Details in the side panel.").format(
            actor=self.describer.name(actor_id), flow=self.describer.actor_flow_line(actor_id, assessment, month)
        )

    @staticmethod
    def data_table_title() -> str:
        return translate("spoken", "Data table")

    @staticmethod
    def chart_hint() -> str:
        """The chart's description: where its numbers can be read."""
        return translate("spoken", "The chart's numbers, month by month, are in View > Data table.")

"""The handout: what a learner saw and did, as Markdown blocks with a place for the chart, without Qt.

File > Export handout, File > Print and ``python main.py handout`` all render this one builder (the
window through ``ui.paper``). Its parts: the scenario and the date of its information; why the numbers
are illustrative; each stage the learner saw, summed up by its key facts with their sources; the
plan (removed actors and policies, each with its sources) and what happened, in the describer's
sentence and the model's numbers, labelled illustrative; the chart; predictions; the quiz score; where
to find help; and every source cited, once. Scenario text is data: the renderer shows this Markdown
with HTML off and loads no resources (``ui.panels.widgets``), and names taken from the scenario are
escaped here so that they are shown as written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from model.assessor import Assessor
from model.interventions import Plan
from model.scenario import Action, Preset, RemoveActors, Scenario, Source
from ui.lesson.describe import SENTENCE_MONTHS, Describer
from ui.lesson.documents import APP_NAME, facts_list, md_escape, source_markdown, sources_markdown, with_sources
from ui.lesson.i18n import collation_key, translate
from ui.lesson.predict import Explainer, predictions_markdown
from ui.lesson.quiz import score_text
from ui.lesson.session import Session


@dataclass(frozen=True)
class Chart:
    """Where the chart goes; ``caption`` says what it shows (and that the model is illustrative)."""

    caption: str


Block = str | Chart  # Markdown, or the chart


@dataclass(frozen=True)
class Handout:
    """The handout as blocks in order; ``sources``: every source it cites."""

    title: str
    blocks: tuple[Block, ...]
    sources: tuple[Source, ...] = field(default=())

    def markdown(self, chart: str = "") -> str:
        """The whole handout as one Markdown text (``chart``: what stands in the chart's place)."""
        return "\n\n".join(b if isinstance(b, str) else (chart or f"*{b.caption}*") for b in self.blocks) + "\n"


def applied_presets(scenario: Scenario, plan: Plan) -> tuple[list[Preset], int]:
    """The scenario's policies whose actions the plan holds (a policy applied twice, twice), and how
    many of the plan's actions belong to none of them."""
    left: Counter[Action] = Counter(plan.actions)  # the format's actions are frozen values: equal when their fields are
    found: list[Preset] = []
    for preset in scenario.presets:
        wanted = Counter(a for a in preset.actions if not isinstance(a, RemoveActors))
        while wanted and all(left[k] >= n for k, n in wanted.items()):
            left -= wanted
            found.append(preset)
    return found, sum(left.values())


class HandoutBuilder:
    """Builds the handout of a session; see the module docstring."""

    def __init__(self, session: Session, assessor: Assessor, describer: Describer, made_on: str) -> None:
        self.session = session
        self.assessor = assessor
        self.describe = describer
        self.scenario = describer.scenario
        self.made_on = made_on
        self._sources: list[Source] = []

    def cite(self, sources: Iterable[Source]) -> None:
        self._sources.extend(sources)

    def build(self) -> Handout:
        blocks: list[Block] = [self.heading(), self.numbers_note()]
        blocks += self.stages()
        blocks += [self.plan(), self.what_happened(), Chart(self.describe.chart_description())]
        blocks += [self.predictions(), self.quiz()]
        if self.scenario.support is not None:
            self.cite(self.scenario.support.sources)
            blocks.append(
                translate("handout", "## Where to find help")
                + "\n\n"
                + with_sources(self.scenario.support.text, self.scenario.support.sources)
            )
        sources = _unique(self._sources)
        blocks.append(translate("handout", "## Sources") + "\n\n" + "\n".join(f"- {source_markdown(s)}" for s in sources))
        return Handout(self.scenario.title, tuple(blocks), tuple(sources))

    # parts -------------------------------------------------------------------------------------
    def heading(self) -> str:
        return "\n\n".join(
            [
                f"# {md_escape(self.scenario.title)}",
                translate("handout", "*A handout from {app}, made on {date}. The information runs to {info}.*").format(
                    app=APP_NAME, date=md_escape(self.made_on), info=md_escape(self.scenario.information_date)
                ),
            ]
        )

    def numbers_note(self) -> str:
        return translate("handout", "**The numbers in this handout come from an illustrative model.** {note}").format(
            note=self.scenario.illustrative_note
        )

    def stages(self) -> list[str]:
        blocks = [translate("handout", "## The stages you saw")]
        for index in sorted(self.session.seen):
            stage = self.scenario.stages[index]
            parts = [translate("handout", "### Stage {number}: {title}").format(number=index + 1, title=md_escape(stage.title))]
            if stage.key_facts:
                parts.append(facts_list(stage.key_facts))
                self.cite(s for fact in stage.key_facts for s in fact.sources)
            right, answered, questions = self.session.score(stage.id)
            if score := score_text(right, answered, questions):
                parts.append(translate("handout", "Your {score}.").format(score=score))
            blocks.append("\n\n".join(parts))
        return blocks

    def plan(self) -> str:
        plan = self.session.plan
        lines = [translate("handout", "## Your plan")]
        if plan.is_baseline:
            lines.append(translate("handout", "No change: the trade as it runs at the baseline."))
            return "\n\n".join(lines)
        items = []
        for actor_id in plan.removed:
            actor = self.describe.network.actors[actor_id]
            self.cite(actor.sources)
            items.append(
                translate("handout", "- Removed: **{name}** ({what}). *Source:* {sources}").format(
                    name=md_escape(actor.name),
                    what=md_escape(self.describe.kind_and_region(actor_id)),
                    sources=sources_markdown(actor.sources),
                )
            )
        presets, others = applied_presets(self.scenario, plan)
        for preset in presets:
            self.cite(preset.sources)
            items.append(
                translate("handout", "- Policy: **{name}**. {description} *Source:* {sources}").format(
                    name=md_escape(preset.name), description=preset.description, sources=sources_markdown(preset.sources)
                )
            )
        if others:
            items.append(translate("handout", "- %n other change(s) to capacities, costs or demand.", None, others))
        lines.append("\n".join(items))
        return "\n\n".join(lines)

    def what_happened(self) -> str:
        session, describe = self.session, self.describe
        after = self.assessor.assess(session.plan)
        change = session.change
        if change is None:
            sentence = describe.plan(after)
        else:
            sentence = describe.change(self.assessor.assess(change.before), after, change.what, change.actor)
        last = after.timeline.months[-1].month
        months = sorted({0, min(SENTENCE_MONTHS, last), last})
        numbers = "\n".join(f"- {md_escape(describe.numbers(after, m))}" for m in months)
        heading = translate("handout", "## What happened \u00b7 {note}").format(note=describe.illustrative())
        return "\n\n".join([heading, md_escape(sentence), numbers])

    def predictions(self) -> str:
        text = predictions_markdown(self.session, self.assessor, Explainer(self.describe))
        body = text.split("\n", 1)[1] if text.startswith("# ") else text
        return translate("handout", "## Your predictions") + "\n" + body

    def quiz(self) -> str:
        right = answered = questions = 0
        for stage in self.scenario.stages:
            r, a, q = self.session.score(stage.id)
            right, answered, questions = right + r, answered + a, questions + q
        lines = [translate("handout", "## Quiz")]
        if not answered:
            lines.append(translate("handout", "No quiz questions answered (the scenario has %n).", None, questions))
        else:
            lines.append(
                translate("handout", "You answered {answered} of {questions} questions; {right} right.").format(
                    answered=answered, questions=questions, right=right
                )
            )
        for result in self.session.challenges:
            stage = self.scenario.stage(result.stage)
            verdict = translate("handout", "met") if result.solved else translate("handout", "not met yet")
            lines.append(
                translate("handout", "Challenge of \u201c{stage}\u201d: {verdict} ({answer}).").format(
                    stage=md_escape(stage.short_title), verdict=verdict, answer=md_escape(result.answer)
                )
            )
        return "\n\n".join(lines)


def _unique(sources: Sequence[Source]) -> list[Source]:
    found: dict[str, Source] = {}
    for source in sources:
        found.setdefault(source.citation() + (source.url or ""), source)
    return sorted(found.values(), key=lambda s: collation_key(s.citation()))


def build_handout(session: Session, assessor: Assessor, describer: Describer, made_on: str) -> Handout:
    """The handout of a session (``made_on``: the date to print, as the caller's locale writes it)."""
    return HandoutBuilder(session, assessor, describer, made_on).build()

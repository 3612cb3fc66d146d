"""Stage challenges: the task that ends a stage, answered by using the model and checked against it.

A challenge (``Stage.challenge`` in the scenario) has a goal of one of two kinds:

- ``keep_below``: keep the share of the baseline that reaches the destination below a level in every
  month of a window, with at most so many removals (from given stages) and policies only if allowed;
- ``most_critical``: remove the one actor (of given stages) whose removal alone leaves the least
  supply after so many months.

``ChallengeChecker.check`` answers with a ``Verdict`` whose sentences come from the model's numbers
for the learner's current plan; the session keeps the result (``Session.solve_challenge``). Nothing
here draws: the stage panel shows the text and the verdict, the window asks for the check.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from model.assessor import Assessor
from model.interventions import Plan
from model.scenario import Challenge, KeepBelow, MostCritical
from ui.lesson.describe import Describer
from ui.lesson.i18n import translate
from ui.lesson.numbers import format_share
from ui.lesson.session import ChallengeResult


@dataclass(frozen=True)
class Verdict:
    """A challenge checked against a plan: solved or not, why (from the numbers), and the plan in words."""

    stage: str
    solved: bool
    lines: tuple[str, ...]
    answer: str

    @property
    def result(self) -> ChallengeResult:
        return ChallengeResult(self.stage, self.solved, self.answer)


def _share(value: float) -> str:
    """A share with one decimal: a verdict must never read "50%" for a share just under a 50% goal."""
    return format_share(value, decimals=1)


class ChallengeChecker:
    """Checks one scenario's challenges against plans, through the window's assessor (its cache)."""

    def __init__(self, describer: Describer, assessor: Assessor) -> None:
        self.describer = describer
        self.network = describer.network
        self.scenario = describer.scenario
        self.assessor = assessor
        self._rankings: dict[tuple[int, tuple[str, ...]], tuple[tuple[str, float], ...]] = {}

    # words ------------------------------------------------------------------------------------
    def heading(self) -> str:
        return translate("challenge", "Challenge")

    def rules(self, challenge: Challenge) -> tuple[str, ...]:
        """The goal's rules, one a line, for under the challenge's own text."""
        goal = challenge.goal
        if isinstance(goal, KeepBelow):
            parts = [
                translate("challenge", "Goal: below {share} of the baseline from month {first} to month {last}").format(
                    share=format_share(goal.share), first=goal.from_month, last=goal.to_month
                ),
                translate("challenge", "At most %n removal(s)", None, goal.max_removals),
            ]
            if goal.removals_from:
                parts.append(translate("challenge", "Removals from: {stages}").format(stages=self._stage_names(goal.removals_from)))
            parts.append(translate("challenge", "Policies allowed") if goal.policies else translate("challenge", "No policies"))
            return tuple(parts)
        parts = [translate("challenge", "Goal: one removal, the least supply after %n month(s)", None, goal.month)]
        if goal.among:
            parts.append(translate("challenge", "Among: {stages}").format(stages=self._stage_names(goal.among)))
        return tuple(parts)

    def prompt(self) -> str:
        return translate("challenge", "Change the plan in the network, then check it here. The numbers are from the illustrative model.")

    def check_label(self) -> str:
        return translate("challenge", "Check my plan")

    def solved_line(self) -> str:
        return translate("challenge", "\u2713 Solved")

    def checked(self, answer: str) -> str:
        """Which plan a verdict is about: "Checked: removed A, B"."""
        return translate("challenge", "Checked: {plan}").format(plan=answer)

    def solution(self, challenge: Challenge) -> str:
        """A plan that meets the challenge, in words (for the teacher's notes), or "" when none is given."""
        if challenge.solution is None:
            return ""
        parts = []
        if challenge.solution.remove:
            names = ", ".join(self.describer.name(a) for a in challenge.solution.remove)
            parts.append(translate("challenge", "remove {names}").format(names=names))
        presets = {p.id: p.name for p in self.scenario.presets}
        for preset_id in challenge.solution.presets:
            parts.append(translate("challenge", "apply \u201c{policy}\u201d").format(policy=presets[preset_id]))
        return translate("challenge", "One solution: {plan}.").format(plan="; ".join(parts))

    def plan_words(self, plan: Plan) -> str:
        """The plan as the session keeps it: "removed A, B; 1 policy"."""
        parts = []
        if plan.removed:
            parts.append(translate("challenge", "removed {names}").format(names=", ".join(self.describer.name(a) for a in plan.removed)))
        if plan.actions:
            parts.append(translate("challenge", "%n policy action(s)", None, len(plan.actions)))
        return "; ".join(parts) or translate("challenge", "no change")

    # checking ---------------------------------------------------------------------------------
    def check(self, stage_id: str, plan: Plan) -> Verdict:
        challenge = self.scenario.stages[self.scenario.stage_index(stage_id)].challenge
        if challenge is None:
            raise ValueError(f"stage {stage_id!r} has no challenge")
        goal = challenge.goal
        solved, lines = self._keep_below(goal, plan) if isinstance(goal, KeepBelow) else self._most_critical(goal, plan)
        return Verdict(stage_id, solved, tuple(lines), self.plan_words(plan))

    def _keep_below(self, goal: KeepBelow, plan: Plan) -> tuple[bool, list[str]]:
        if plan.is_baseline:
            return False, [translate("challenge", "Your plan changes nothing yet: remove actors in the network, then check again.")]
        broken = self._broken_rules(goal, plan)
        if broken:
            return False, broken
        timeline = self.assessor.assess(plan).timeline
        window = [timeline.at(m) for m in range(goal.from_month, goal.to_month + 1)]
        worst = max(window, key=lambda state: state.share_of_baseline)
        values = {"goal": format_share(goal.share), "share": _share(worst.share_of_baseline), "where": self.scenario.vocabulary.destination}
        if worst.share_of_baseline < goal.share:
            line = translate("challenge", "Supply stays below {goal} from month {first} to month {last}: at most {share} reaches {where}.")
            return True, [line.format(first=goal.from_month, last=goal.to_month, **values)]
        line = translate("challenge", "In month {month}, {share} of the baseline still reaches {where} (goal: below {goal}).")
        return False, [line.format(month=worst.month, **values)]

    def _broken_rules(self, goal: KeepBelow, plan: Plan) -> list[str]:
        lines = []
        if len(plan.removed) > goal.max_removals:
            lines.append(
                translate(
                    "challenge", "Your plan removes {count} actors; the challenge allows at most %n.", None, goal.max_removals
                ).format(count=len(plan.removed))
            )
        if goal.removals_from:
            outside = [a for a in plan.removed if self.network.actors[a].stage not in goal.removals_from]
            if outside:
                line = translate("challenge", "{names}: not in the stages this challenge allows ({stages}).")
                lines.append(line.format(names=self.describer.names(outside, limit=3), stages=self._stage_names(goal.removals_from)))
        if plan.actions and not goal.policies:
            line = translate("challenge", "This challenge is about removals only: your plan also has policies (undo them, or Reset all).")
            lines.append(line)
        return lines

    def _most_critical(self, goal: MostCritical, plan: Plan) -> tuple[bool, list[str]]:
        if len(plan.removed) != 1 or plan.actions:
            return False, [translate("challenge", "Remove exactly one actor, and no policies, then check.")]
        (chosen,) = plan.removed
        ranking = dict(self.ranking(goal.month, goal.among))
        if chosen not in ranking:
            line = translate("challenge", "{name} is not one of the actors this challenge is about ({stages}).")
            return False, [line.format(name=self.describer.name(chosen), stages=self._stage_names(goal.among))]
        least = min(ranking.values())
        share = ranking[chosen]
        values = {"name": self.describer.name(chosen), "share": _share(share), "where": self.scenario.vocabulary.destination}
        if share <= least + goal.tolerance:
            line = translate(
                "challenge",
                "Without {name}, {share} of the baseline reaches {where} after %n month(s): no single removal leaves less.",
                None,
                goal.month,
            )
            return True, [line.format(**values)]
        line = translate(
            "challenge",
            "Without {name}, {share} still reaches {where} after %n month(s); removing another actor leaves {least}. Keep looking.",
            None,
            goal.month,
        )
        return False, [line.format(least=_share(least), **values)]

    def ranking(self, month: int, among: Sequence[str] = ()) -> tuple[tuple[str, float], ...]:
        """Each candidate actor with the share left ``month`` months after removing it alone, least first."""
        key = (month, tuple(among))
        if key not in self._rankings:
            actors = self.network.actors
            candidates = [a for a in self.network.actor_ids if not actors[a].latent and (not among or actors[a].stage in among)]
            shares = [(a, self.assessor.assess(Plan(removed=(a,))).timeline.at(month).share_of_baseline) for a in candidates]
            self._rankings[key] = tuple(sorted(shares, key=lambda item: (item[1], item[0])))
        return self._rankings[key]

    def solution_plan(self, challenge: Challenge) -> Plan:
        """The plan of the challenge's solution (the content tests check it meets the challenge)."""
        plan = Plan(removed=tuple(challenge.solution.remove)) if challenge.solution else Plan()
        presets = {p.id: p for p in self.scenario.presets}
        for preset_id in challenge.solution.presets if challenge.solution else ():
            plan = plan.with_actions(*presets[preset_id].actions)
        return plan

    def _stage_names(self, stage_ids: Sequence[str]) -> str:
        return ", ".join(self.scenario.stages[self.scenario.stage_index(s)].short_title for s in stage_ids)

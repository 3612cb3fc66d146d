"""Predict, observe, explain: what the learner expected a change to do, what the model shows, and the
mechanism that made the difference, in words made from the model's numbers.

The explanation names the mechanism the model used (spare capacity and least-cost re-routing right
after; price, growth of survivors and new entrants where supply is short over the months; dearer
replacements that keep the price up; demand that no longer asks for more), and says that it holds
under the model's assumptions.
"""

from __future__ import annotations

from dataclasses import dataclass

from model.assessor import Assessor
from model.interventions import Plan
from model.results import Assessment, compare
from model.scenario import ScaleDemand
from ui.lesson.describe import SENTENCE_MONTHS, Describer
from ui.lesson.documents import md_escape
from ui.lesson.i18n import translate
from ui.lesson.numbers import format_index, format_share
from ui.lesson.session import Prediction, Session

CLOSE = 0.10  # a prediction within ten points of the model is "close"


@dataclass(frozen=True)
class Comparison:
    """A prediction beside the model's result for the same plan."""

    prediction: Prediction
    now: float  # the model's share of baseline supply right after
    later: float  # and after SENTENCE_MONTHS months
    taker: str | None  # the actor that carried most of the diverted flow in the model


def compare_prediction(prediction: Prediction, before: Assessment, after: Assessment, months: int = SENTENCE_MONTHS) -> Comparison:
    step = compare(before.immediate, after.immediate)
    takers = [a for a in step.takers("") if a not in after.plan.removed]
    return Comparison(
        prediction,
        after.timeline.immediate.share_of_baseline,
        after.timeline.at(months).share_of_baseline,
        takers[0] if takers else None,
    )


class Explainer:
    """Sentences about a prediction and the model's answer."""

    def __init__(self, describer: Describer) -> None:
        self.describe = describer

    def result(self, c: Comparison, months: int = SENTENCE_MONTHS) -> str:
        """ "You predicted 40% right after and 60% after 12 months; the model shows 85% and 100%." """
        p = c.prediction
        if p.right_after is None or p.after_months is None:
            return translate("predict", "The model shows {now} right after and {later} after %n month(s).", None, months).format(
                now=format_share(c.now), later=format_share(c.later)
            )
        return translate(
            "predict", "You predicted {p_now} right after and {p_later} after %n month(s); the model shows {now} and {later}.", None, months
        ).format(
            p_now=format_share(p.right_after), p_later=format_share(p.after_months), now=format_share(c.now), later=format_share(c.later)
        )

    def taker(self, c: Comparison) -> str:
        guess = c.prediction.taker
        if guess is None:
            return ""
        if c.taker is None:
            return translate(
                "predict", "You expected {guess} to carry most of the diverted flow; in the model nobody could take it over."
            ).format(guess=self.describe.name(guess))
        if guess == c.taker:
            return translate("predict", "You expected {guess} to carry most of the diverted flow, and in the model it did.").format(
                guess=self.describe.name(guess)
            )
        return translate("predict", "You expected {guess} to carry most of the diverted flow; in the model it was {actual}.").format(
            guess=self.describe.name(guess), actual=self.describe.name(c.taker)
        )

    def right_after(self, c: Comparison, before: Assessment, after: Assessment) -> str:
        """Why right after came out as it did: spare capacity and the cheapest routes still open."""
        guess = c.prediction.right_after
        if guess is None:
            return ""
        step = compare(before.immediate, after.immediate)
        takers = [a for a in step.takers("") if a not in after.plan.removed]
        if c.now > guess + CLOSE:
            return translate(
                "predict",
                "Right after, more got through than you expected: under this model's assumptions, other actors had room to spare, "
                "and the flow took the cheapest routes still open, mostly through {takers}.",
            ).format(takers=self.describe.names(takers) or translate("predict", "the others"))
        if c.now < guess - CLOSE:
            return translate(
                "predict",
                "Right after, less got through than you expected: under this model's assumptions, the others had little room to spare, "
                "so most of what was cut could not go elsewhere at once.",
            )
        return translate("predict", "Right after, you were close to the model.")

    def over_months(self, c: Comparison, after: Assessment, months: int = SENTENCE_MONTHS) -> str:
        """Why the months came out as they did: price, growth, entrants; or demand that asks for less."""
        guess = c.prediction.after_months
        if guess is None:
            return ""
        timeline = after.timeline
        peak = max(m.price_index for m in timeline.months[: months + 1])
        entrants = [a for month, a in timeline.entrants() if month <= months]
        if c.later > guess + CLOSE:
            if entrants:
                return translate(
                    "predict",
                    "Over the months, more came back than you expected. Under this model's assumptions, the shortage raised the price "
                    "index to {peak}; where supply was short, survivors grew and %n new actor(s) came in: {names}.",
                    None,
                    len(entrants),
                ).format(peak=format_index(peak), names=self.describe.names(entrants, limit=3))
            return translate(
                "predict",
                "Over the months, more came back than you expected. Under this model's assumptions, the shortage raised the price "
                "index to {peak}, and where supply was short the survivors grew.",
            ).format(peak=format_index(peak))
        if c.later < guess - CLOSE:
            return self._why_not_back(after, months)
        return translate("predict", "After %n month(s), you were close to the model.", None, months)

    def _why_not_back(self, after: Assessment, months: int) -> str:
        if any(isinstance(a, ScaleDemand) and a.factor < 1 for a in after.plan.actions):
            return translate(
                "predict",
                "Over the months, less came back than you expected. Under this model's assumptions, demand itself fell: the streets "
                "ask for less, so prices do not rise and nothing draws new supply in.",
            )
        state = after.timeline.at(months)
        price = state.price_index
        if price > 1.0 + 1e-6 and not state.flow.short:
            return translate(
                "predict",
                "Over the months, less came back than you expected. Under this model's assumptions, the price index is still {price}: "
                "the actors that replaced the removed ones work at higher cost, and at that price less is bought.",
            ).format(price=format_index(price))
        if price > 1.0 + 1e-6:
            return translate(
                "predict",
                "Over the months, less came back than you expected. Under this model's assumptions, the price index is still {price}: "
                "the survivors and entrants cannot yet replace everything that was removed.",
            ).format(price=format_index(price))
        return translate(
            "predict",
            "Over the months, less came back than you expected. Under this model's assumptions, what was removed stays removed and "
            "the others reached the limits of how far they can grow.",
        )

    def explanation(self, prediction: Prediction, before: Assessment, after: Assessment) -> str:
        """The whole account: the result, the taker, and the mechanisms behind the differences."""
        c = compare_prediction(prediction, before, after)
        parts = [self.result(c), self.taker(c), self.right_after(c, before, after), self.over_months(c, after)]
        return " ".join(p for p in parts if p)


def predictions_markdown(session: Session, assessor: Assessor, explainer: Explainer) -> str:
    """ "My predictions": each change the learner predicted, what they expected, what the model showed, why."""
    lines = [translate("predict", "# My predictions"), ""]
    if not session.predictions:
        lines.append(translate("predict", "No predictions yet. Turn on View > Predict before each change, then remove an actor."))
    base = assessor.assess(Plan())
    for number, prediction in enumerate(session.predictions, start=1):
        after = assessor.assess(prediction.plan)
        comparison = compare_prediction(prediction, base, after)
        lines.append(translate("predict", "**{number}.** {result}").format(number=number, result=explainer.result(comparison)))
        if prediction.why:
            lines.append("")
            lines.append(translate("predict", "*Why, you said:* {why}").format(why=md_escape(prediction.why)))
        lines.append("")
    return "\n".join(lines)

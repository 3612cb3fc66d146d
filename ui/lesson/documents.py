"""The scenario's documents as Markdown: citations, About, the glossary, teacher notes, perspectives,
the keyboard help. The dialogs and panels render these; scenario text in them is data (the Markdown
they become is shown with HTML and resource loading switched off, see ``ui.panels.widgets``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from ui.lesson.i18n import collation_key, translate

if TYPE_CHECKING:  # types only: the start-up window takes the app's name from here before the model loads
    from model.scenario import KeyFact, Perspective, Scenario, Source, Stage, TeacherNotes

APP_NAME = "Fentanyl Trade Explorer"  # the product's name: the one place it is written

_MARKDOWN_SPECIALS = "\\`*_[]<>#|!&@"  # & too: an entity such as &amp; is shown as written; @ (below)


def md_escape(text: str) -> str:
    """Text shown literally inside Markdown (no emphasis, links, images or HTML from it)."""
    for ch in _MARKDOWN_SPECIALS:
        text = text.replace(ch, "\\" + ch)
    # Qt's Markdown links bare web and mail addresses by itself ("https://", "www.", "a@b"): the escaped
    # "@" above, a scheme's ":" and the "." after "www" keep a learner's or a file's text from becoming a link.
    return re.sub(r"(?i)\b(https?|ftp|file|mailto)(:)|\b(www)(\.)", lambda m: (m[1] or m[3]) + "\\" + (m[2] or m[4]), text)


def source_markdown(source: Source) -> str:
    """A citation, linked when the source has a web address (opened only on click)."""
    cite = md_escape(source.citation())
    note = f" ({md_escape(source.note)})" if source.note else ""
    if source.url:
        return f"[{cite}]({source.url}){note}"
    return cite + note


def sources_markdown(sources: Sequence[Source]) -> str:
    return "; ".join(source_markdown(s) for s in sources)


def with_sources(text: str, sources: Sequence[Source]) -> str:
    """A text followed by its sources: "… *Source:* UNODC, “…”, 2019"."""
    return translate("documents", "{text}\n\n*Source:* {sources}").format(text=text, sources=sources_markdown(sources))


def all_sources(scenario: Scenario) -> list[Source]:
    """Every source the scenario cites, once each, in citation order."""
    found: dict[str, Source] = {}
    groups: list[tuple[Source, ...]] = []
    for stage in scenario.stages:
        groups.extend(f.sources for f in stage.key_facts)
        groups.extend(m.sources for m in stage.misconceptions)
        groups.extend(p.sources for p in stage.perspectives)
    groups.extend(a.sources for a in scenario.actors)
    groups.extend(p.sources for p in scenario.presets)
    groups.extend(g.sources for g in scenario.glossary)
    groups.extend(f.sources for f in scenario.model_limits)
    if scenario.support is not None:
        groups.append(scenario.support.sources)
    for sources in groups:
        for source in sources:
            found.setdefault(source.citation() + (source.url or ""), source)
    return sorted(found.values(), key=lambda s: collation_key(s.citation()))


@cache
def _resource_text(name: str) -> str:
    return resources.files("resources").joinpath("texts", name).read_text(encoding="utf-8")


def model_text(scenario: Scenario) -> str:
    """The model's assumptions and the research behind them, in the scenario's words."""
    kinds = ", ".join(k.label for k in scenario.vocabulary.kinds)
    text = _resource_text("about_model.en.md")
    return text.replace("{kinds}", kinds).replace("{destination}", scenario.vocabulary.destination)


def facts_list(facts: Iterable[KeyFact]) -> str:
    return "\n".join(f"- {fact.text} *{translate('documents', 'Source:')}* {sources_markdown(fact.sources)}" for fact in facts)


def about_markdown(scenario: Scenario) -> str:
    """About: the app, the scenario, why the numbers are illustrative, the model, its limits, help, sources."""
    parts = [
        f"# {APP_NAME}",
        translate(
            "documents",
            "An explorer for classrooms and self-learners: how a trade travels from its first suppliers to its last "
            "sellers, stage by stage, and why removing one actor rarely stops it.",
        ),
        translate("documents", "**Scenario:** *{title}*. {description}").format(
            title=md_escape(scenario.title), description=md_escape(scenario.description or "")
        ),
        translate("documents", "**The numbers are illustrative.** {note}").format(note=scenario.illustrative_note),
        translate("documents", "**The information runs to {date}.**").format(date=md_escape(scenario.information_date)),
        model_text(scenario),
    ]
    if scenario.model_limits:
        parts += [translate("documents", "## What the model cannot show"), facts_list(scenario.model_limits)]
    if scenario.support is not None:
        parts += [translate("documents", "## Where to find help"), with_sources(scenario.support.text, scenario.support.sources)]
    parts += [translate("documents", "## Sources"), "\n".join(f"- {source_markdown(s)}" for s in all_sources(scenario))]
    return "\n\n".join(part.strip() for part in parts) + "\n"


def legend_rows() -> list[tuple[str, str, str]]:
    """The legend of the network: (route or actor, state, what it means in words)."""
    return [
        (
            "route",
            "gained",
            translate("documents", "Gained flow: a solid blue line with a light centre stripe, labelled with a plus (+12)."),
        ),
        ("route", "lost", translate("documents", "Lost flow: a dashed orange line, labelled with a minus (\u221230).")),
        (
            "route",
            "normal",
            translate(
                "documents",
                "Unchanged: a plain grey line; after a change, and away from the stage in focus, a lighter grey, under what changed.",
            ),
        ),
        ("route", "waiting", translate("documents", "Not active yet: a dotted line to or from an entrant that has not come in.")),
        ("actor", "waiting", translate("documents", "An entrant not in the trade yet: a dashed box, its name in italics.")),
        ("actor", "removed", translate("documents", "A removed actor: crossed out, its name struck through.")),
        ("actor", "earlier", translate("documents", "An actor of a stage already seen: a thinner outline, lighter.")),
        ("actor", "selected", translate("documents", "The selected actor: a thick outline with a glow; the focused one: a dashed ring.")),
        (
            "actor",
            "normal",
            translate(
                "documents",
                "An actor: the width of its routes follows what they carry each month. Stages still to come show only "
                "the actors a change moved flow to, faintly.",
            ),
        ),
    ]


def legend_markdown() -> str:
    """The legend in words, for the glossary."""
    lines = [translate("documents", "## How to read the network"), ""]
    lines += [f"- {words}" for _kind, _state, words in legend_rows()]
    return "\n".join(lines) + "\n"


def glossary_markdown(scenario: Scenario) -> str:
    """The scenario's glossary, A to Z, each term with its source; then how to read the network."""
    entries = sorted(scenario.glossary, key=lambda g: collation_key(g.term))
    lines = [translate("documents", "# Glossary"), ""]
    for entry in entries:
        lines.append(
            f"**{md_escape(entry.term)}.** {entry.definition} *{translate('documents', 'Source:')}* {sources_markdown(entry.sources)}"
        )
        lines.append("")
    return "\n".join(lines)


def teacher_notes_markdown(notes: TeacherNotes, challenge_solution: str = "") -> str:
    """The teacher notes: time, the objective, the questions with their model answers, free notes, and
    a solution of the stage's challenge when there is one."""
    head = translate("documents", "**About %n minute(s).**", None, notes.minutes)
    if notes.objective:
        head += " " + translate("documents", "*Objective:* {objective}").format(objective=notes.objective)
    parts = [head, translate("documents", "Questions for the class:")]
    for prompt in notes.prompts:
        answer = ("\n\n  " + translate("documents", "*A model answer:* {answer}").format(answer=prompt.answer)) if prompt.answer else ""
        parts.append(f"- {prompt.question}{answer}")
    if notes.notes:
        parts.append(notes.notes)
    if challenge_solution:
        parts.append(translate("documents", "*The challenge:* {solution}").format(solution=challenge_solution))
    return "\n\n".join(parts)


def teacher_sheet_markdown(stage: Stage) -> str:
    """The teacher's notes window for one stage (on the teacher's own screen while the class sees the
    app): the stage's teacher notes, or that it has none, and the right answer to each quiz question."""
    parts = [
        teacher_notes_markdown(stage.teacher_notes)
        if stage.teacher_notes is not None
        else translate("documents", "*This stage has no teacher notes.*")
    ]
    if stage.quiz:
        parts.append(translate("documents", "**Answers to the quiz** (the class sees the choices in another order):"))
        for number, question in enumerate(stage.quiz, start=1):
            answer = translate("documents", "*Answer:* {choice}").format(choice=md_escape(question.choices[question.correct]))
            parts.append(f"{number}. {question.question}\n\n   {answer}")
    return "\n\n".join(parts)


def perspective_markdown(perspective: Perspective) -> str:
    return with_sources(perspective.view, perspective.sources)


def perspectives_heading(count: int) -> str:
    return translate("documents", "Two views, side by side") if count == 2 else translate("documents", "Different views, side by side")


def keyboard_markdown() -> str:
    """Every key the app answers to (tests/ui/test_keyboard.py checks that each shortcut is here)."""
    return translate(
        "documents",
        """# Keyboard

## The tour
- **Right** in the network, with no actor focused: next stage; **Left**: previous stage
- **Page Down / Page Up** in the network: next / previous stage (as a presentation clicker sends)
- **Ctrl+Page Down / Ctrl+Page Up** or **Alt+Right / Alt+Left**, anywhere: next / previous stage
- **Ctrl+E**: explore freely, every stage at once

## The network
- **Tab / Shift+Tab** and the **arrow keys**: move between actors
- **Enter** or **Space**: open the focused actor; **Delete** or **Backspace**: remove it
- **Escape**: back to the stage (clears the selection, or cancels a prediction)
- **+ / − / 0 / 9**: zoom in, zoom out, fit to the window, the whole network; drag to pan

## Panels, buttons and links
- **Tab / Shift+Tab**: move between buttons, lists, sliders and links; a ring shows where you are
- **Space** or **Enter**: press the focused button or open the focused link
- **Page Down / Page Up**: scroll the panel you are in
- After **Remove this actor** the focus moves to **Restore this actor**, and back

## Changes
- **Ctrl+Z**: undo; **Ctrl+Shift+Z** or **Ctrl+Y**: redo; **Ctrl+R**: reset all
- **Ctrl+L**: the policy lab, up to four plans compared side by side

## The view
- **Ctrl+=** (or **Ctrl++**) / **Ctrl+−**: larger / smaller text; **Ctrl+0**: normal text size
- **Ctrl+M**: flow markers on / off; **F11**: full screen
- **F5**: presentation mode (full screen, larger text, projector colours); **Escape** or **F5** leaves it
- **Ctrl+T**: the teacher's notes window, which follows the tour

## Help and files
- **F1**: about the app; **F2**: glossary; **F3**: legend
- **Ctrl+O**: open a scenario; **Ctrl+Q**: quit
- **Ctrl+S**: save the session; **Ctrl+Shift+O**: open a saved session; **Ctrl+P**: print the handout
""",
    )

"""The corrections of issue 9, checked against the bundled scenario so that they stay corrected.

Each test names the fact it guards and where the scenario must say it. A test here fails when a
number drifts back (the 26.2% fall in the death *rate* quoted as the fall in the *count*), when a
finding loses its scope (the Sentencing Commission's 4 in 5 applied to every victim), or when a
sourced item disappears.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from model.catalogue import default_scenario_path
from model.scenario import Scenario, Source, load_scenario


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return load_scenario(default_scenario_path())


def items(scenario: Scenario) -> Iterator[tuple[str, str, tuple[Source, ...]]]:
    """Every piece of text a learner reads, as (where, text, its sources): one item per fact,
    misconception, quiz question (with its choices and explanation), perspective, actor, preset,
    glossary entry, narrative, limit and the support line."""
    for stage in scenario.stages:
        yield f"{stage.id}.narrative", stage.narrative, ()
        for i, fact in enumerate(stage.key_facts):
            yield f"{stage.id}.key_facts[{i}]", fact.text, fact.sources
        for i, mis in enumerate(stage.misconceptions):
            yield f"{stage.id}.misconceptions[{i}]", f"{mis.claim}\n{mis.evidence}", mis.sources
        for i, q in enumerate(stage.quiz):
            yield f"{stage.id}.quiz[{i}]", "\n".join((q.question, q.activity or "", *q.choices, q.explanation)), ()
        for i, p in enumerate(stage.perspectives):
            yield f"{stage.id}.perspectives[{i}]", f"{p.who}\n{p.view}", p.sources
        if stage.teacher_notes is not None:
            notes = stage.teacher_notes
            parts = [notes.objective or "", notes.notes, *(f"{p.question}\n{p.answer or ''}" for p in notes.prompts)]
            yield f"{stage.id}.teacher_notes", "\n".join(parts), ()
    for actor in scenario.actors:
        yield f"actors[{actor.id}]", actor.description, actor.sources
    for preset in scenario.presets:
        yield f"presets[{preset.id}]", preset.description, preset.sources
    for entry in scenario.glossary:
        yield f"glossary[{entry.term}]", entry.definition, entry.sources
    for i, limit in enumerate(scenario.model_limits):
        yield f"model_limits[{i}]", limit.text, limit.sources
    if scenario.support is not None:
        yield "support", scenario.support.text, scenario.support.sources


def sentences(text: str) -> list[str]:
    flat = re.sub(r"\s+", " ", text)
    return re.split(r"(?<=[.;:!?])\s+(?=[A-Z*(\"“])", flat)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# Stage 6: overdose deaths, count against rate ---------------------------------------------------


def test_the_fall_in_the_count_of_deaths_is_about_24_percent_where_the_count_is_given(scenario: Scenario) -> None:
    """105,007 -> 79,384 is a fall of about 24% in the count of deaths (NCHS final data)."""
    assert round(100 * (1 - 79_384 / 105_007)) == 24
    streets = scenario.stage("streets")
    texts = {
        "narrative": streets.narrative,
        "key fact": next(f.text for f in streets.key_facts if "79,384" in f.text),
    }
    for where, text in texts.items():
        assert "79,384" in text and re.search(r"\babout 24%", text), where
    question = next(q for q in streets.quiz if "number of US overdose deaths" in q.question)
    assert question.choices[question.correct] == "About 24%"
    assert "26.2%" in question.explanation and "rate" in question.explanation


def test_the_26_2_percent_is_always_the_fall_in_the_age_adjusted_rate(scenario: Scenario) -> None:
    """26.2% is the fall in the age-adjusted death rate (31.3 -> 23.1 per 100,000), never the count."""
    uses = 0
    for where, text, _ in items(scenario):
        for sentence in sentences(text):
            if "26.2%" in sentence:
                uses += 1
                assert "rate" in sentence, (where, sentence)
            if re.search(r"\b26(?:\.\d)?%", sentence) and "26.2%" not in sentence:
                pytest.fail(f"{where}: a rounded 26% without saying what fell: {sentence}")
    assert uses >= 2, "the rate is explained where the count is given"
    streets = scenario.stage("streets")
    assert "26.2%" in streets.narrative
    assert any("26.2%" in f.text and "31.3" in f.text and "23.1" in f.text for f in streets.key_facts)


def test_the_final_count_and_the_rate_cite_the_final_data(scenario: Scenario) -> None:
    fact = next(f for f in scenario.stage("streets").key_facts if "79,384" in f.text)
    notes = " ".join(f"{s.publisher} {s.title} {s.note or ''}" for s in fact.sources)
    assert "Filter" in notes and "79,384" in notes and "23.1" in notes


# Stage 6: what the Sentencing Commission's finding measures ----------------------------------------


def test_the_sentencing_commission_finding_is_always_scoped_to_its_selected_cases(scenario: Scenario) -> None:
    """About 4 in 5 (79%) fentanyl victims did not know -- in federal trafficking cases involving an
    overdose, fewer than 2% of federal trafficking cases: every text that uses it says so."""
    uses = []
    for where, text, _ in items(scenario):
        if re.search(r"(?:did not know|had not known|didn't know)[^.]{0,40}(?:taking|buying)", flat(text)) or "4 in 5" in text:
            uses.append(where)
            assert re.search(r"fewer than 2%|less than 2%|under 2%", flat(text)), where
    assert {"streets.narrative", "streets.key_facts[0]", "streets.misconceptions[0]"} <= set(uses), uses


def test_no_text_says_80_percent_of_victims_did_not_know(scenario: Scenario) -> None:
    for where, text, _ in items(scenario):
        assert not re.search(r"80%[^.]{0,40}(?:victims|did not know)", flat(text)), where


def test_the_misconception_on_what_victims_knew_is_rewritten_with_its_scope(scenario: Scenario) -> None:
    mis = scenario.stage("streets").misconceptions[0]
    assert "know" in mis.claim
    assert "not a random sample" in mis.evidence and "fewer than 2%" in mis.evidence
    assert {"US Sentencing Commission", "CDC", "DEA"} <= {s.publisher for s in mis.sources}


def test_the_street_dealer_share_is_not_used_out_of_its_context(scenario: Scenario) -> None:
    """55.2% of those sentenced in the Commission's overdose cases were street-level dealers; it says
    nothing about new wholesale distributors."""
    assert "55.2%" not in scenario.actor("new_distributors").description
    for where, text, _ in items(scenario):
        if "55.2%" in text:
            assert "overdose" in text, where


def test_the_social_media_sellers_are_not_linked_to_the_fall_among_young_people(scenario: Scenario) -> None:
    """The source (final NCHS data via Filter) reports the 37% fall among 15-24-year-olds but ties it
    to no retail channel."""
    description = scenario.actor("social_media_sales").description
    assert "15–24" not in description and "37%" not in description
    assert "Filter" not in {s.publisher for s in scenario.actor("social_media_sales").sources}


# Stage 5 and 7: figures that measure different things, reconciled in the text ---------------------


def test_more_than_90_percent_and_88_percent_are_told_apart_where_both_appear(scenario: Scenario) -> None:
    """CBP's "more than 90%" is its statement about how fentanyl is smuggled (2023); Cato's 88% is a
    ten-year count of where CBP seized it (fiscal 2015-2024). Where both appear, the text says so."""
    both = [(w, t) for w, t, _ in items(scenario) if "90%" in t and "88%" in t]
    assert len(both) >= 3, [w for w, _ in both]
    for where, text in both:
        assert "nine in ten" in text or "different" in text or "ten years" in text, where
        assert "smuggled" in text, where
    assert "88–90%" not in "\n".join(t for _, t, _ in items(scenario))
    fact = next(f for f in scenario.stage("border").key_facts if "90%" in f.text)
    assert {"US Customs and Border Protection", "Cato Institute"} <= {s.publisher for s in fact.sources}


def test_no_text_says_cbp_seizes_more_than_90_percent_at_the_ports(scenario: Scenario) -> None:
    """The CBP statement (as reported by Weekly Blitz, May 2023) is about smuggling, not seizures."""
    for where, text, _ in items(scenario):
        assert not re.search(r"90%[^.]{0,40}(?:CBP )?seizes", flat(text)), where


def test_543_groups_and_more_than_200_groups_are_told_apart(scenario: Scenario) -> None:
    """543: every armed group active at some time in mid-2009 to late 2020 (Crisis Group);
    more than 200: criminal groups active in 2020 alone (Modern War Institute)."""
    for where, text, _ in items(scenario):
        text = flat(text)
        if "543" in text:
            assert re.search(r"at some time|over eleven years", text), where
        if re.search(r"\b200\b", text) and "group" in text:
            assert re.search(r"2020 alone|single year", text), where
    policy = scenario.stage("policy")
    assert "543" in policy.narrative and "2020 alone" in policy.narrative


# Stage 4: the Zambada account, as the 2025 court record has it -----------------------------------


def test_the_zambada_account_follows_the_2025_court_record_in_both_places(scenario: Scenario) -> None:
    """Joaquín Guzmán López admitted, pleading guilty in December 2025, that he had Zambada flown to
    the US against his will (Mexico News Daily; Particle News). The narrative and La Mayiza's
    description both say so, and no text leaves it as Zambada's word alone."""
    transport = scenario.stage("transport")
    mayiza = scenario.actor("sinaloa_mayiza")
    for where, text in (("narrative", transport.narrative), ("La Mayiza", mayiza.description)):
        text = flat(text)
        assert "December 2025" in text and "against his will" in text, where
        assert re.search(r"admitted", text), where
    for where, text, _ in items(scenario):
        assert not re.search(r"Zambada says he was", flat(text)), where
    fact = next(f for f in transport.key_facts if "Zambada" in f.text)
    assert "December 2025" in fact.text
    assert "Mexico News Daily" in {s.publisher for s in fact.sources}
    assert "Mexico News Daily" in {s.publisher for s in mayiza.sources}


# Stage 2: money, described as it is documented -------------------------------------------------


def test_chinese_money_laundering_networks_are_described_by_their_documented_role(scenario: Scenario) -> None:
    """FinCEN (advisory FIN-2025-A003): professional launderers with "a vital role in laundering the
    Cartels' drug proceeds in the United States". The actor, the stage and the glossary say so, and
    the model places them there: an enabling input of the trafficking groups, not a step the
    chemicals pass through (tests/resources/test_bundled_scenario.py checks whom it serves)."""
    description = flat(scenario.actor("chinese_money_laundering_networks").description)
    assert "drug proceeds" in description and "United States" in description
    assert "enabling input" in description and "not paying for chemicals" in description
    assert "proceeds" in scenario.stage("brokers_money").narrative
    glossary = next(g for g in scenario.glossary if g.term == "Chinese money-laundering networks")
    assert "proceeds" in glossary.definition
    for sources in (scenario.actor("chinese_money_laundering_networks").sources, glossary.sources):
        assert any("FIN-2025-A003" in (s.note or "") for s in sources)


def test_removing_mexican_banks_and_cash_is_explained_as_a_thought_experiment(scenario: Scenario) -> None:
    """The UI lets a learner remove "Mexican banks and cash"; the text says what that means in the
    model instead of claiming it could never be removed."""
    description = flat(scenario.actor("mexican_financial_channels").description)
    assert "never be removed" not in description
    assert "Removing this actor in the model" in description and "thought experiment" in description


def test_indicted_supplier_firms_are_not_named(scenario: Scenario) -> None:
    """The lesson needs the fact (two Indian firms indicted in January 2025), not the firms' names."""
    text = default_scenario_path().read_text(encoding="utf-8")
    for name in ("Raxuter", "Athos"):
        assert name not in text
    assert "two Indian chemical companies" in flat(scenario.actor("india_chemical_firms").description)


# Balance: the critique's concessions, the DEA's own readings, both governments ---------------------


def words(text: str) -> int:
    return len(text.split())


def test_the_critique_concedes_what_it_concedes(scenario: Scenario) -> None:
    """The seed: Westhoff places the cartels at the "epicenter", making the vast majority of the
    profits. The critique's view, its key fact and the 'two cartels' misconception keep that."""
    transport = scenario.stage("transport")
    critique = next(p for p in transport.perspectives if "InSight Crime" in p.who)
    assert "epicenter" in critique.view and "profits" in critique.view
    assert any("epicenter" in f.text for f in transport.key_facts)
    assert "epicenter" in transport.misconceptions[0].evidence
    assert "epicenter" in transport.narrative


def test_the_dea_view_includes_its_network_focused_strategy(scenario: Scenario) -> None:
    """DEA's NDTA 2024 release: three Counterthreat Teams "to execute a network-focused operational
    strategy" (Fire and Safety Journal Americas)."""
    dea = next(p for p in scenario.stage("transport").perspectives if "DEA" in p.who)
    assert "network-focused" in dea.view
    assert any("fireandsafetyjournalamericas" in (s.url or "") for s in dea.sources)


def test_the_deas_reading_of_the_decline_stands_next_to_the_others(scenario: Scenario) -> None:
    """DEA, December 2025: pills with a potentially lethal dose fell from 76% (FY2023) to 29%
    (FY2025), which it attributes to pressure on the supply chain; next to CDC's several causes."""
    policy = scenario.stage("policy")
    who = [p.who for p in policy.perspectives]
    assert any("DEA" in w for w in who) and any("CDC" in w for w in who)
    dea = next(p for p in policy.perspectives if "DEA" in p.who)
    view = flat(dea.view)
    assert "29%" in view and "76%" in view and "supply chain" in view and "potent" in view
    assert any("Fentanyl Free America" in s.title for s in dea.sources)


def test_the_chapitos_ban_is_read_two_ways_each_with_its_evidence(scenario: Scenario) -> None:
    production = scenario.stage("production")
    readings = production.perspectives
    assert len(readings) == 2
    assert "pressure" in readings[0].who and "moved" in readings[1].who
    assert "Same event, two readings" in production.narrative
    assert "The Wall Street Journal" in {s.publisher for s in readings[0].sources}
    assert "InSight Crime" in {s.publisher for s in readings[1].sources}
    counts = [words(p.view) for p in readings]
    assert all(40 <= n <= 120 for n in counts) and max(counts) <= 1.5 * min(counts), counts


def test_both_governments_speak_each_next_to_the_data_that_test_it(scenario: Scenario) -> None:
    """The 2025 US administration (tariffs, terrorist designations) and Mexico's government each get
    a voice on the border stage, and each view ends with data that test it."""
    border = scenario.stage("border")
    views = {p.who: p for p in border.perspectives}
    us = next(p for w, p in views.items() if "US administration" in w)
    mexico = next(p for w, p in views.items() if "Mexico" in w)
    for voice in (us, mexico):
        assert "*The data that test it:*" in voice.view
    us_view, mexico_view = flat(us.view), flat(mexico.view)
    assert "tariffs" in us_view and "Terrorist" in us_view
    assert "43 lb" in us_view and "21,148 lb" in us_view
    assert "CNN" in {s.publisher for s in us.sources}
    assert "80%" in mexico_view and "money-laundering case" in mexico_view
    assert {"Cato Institute", "InSight Crime"} <= {s.publisher for s in mexico.sources}
    counts = [words(p.view) for p in (us, mexico)]
    assert all(40 <= n <= 120 for n in counts) and max(counts) <= 1.5 * min(counts), counts


# Teaching additions, each with its source -------------------------------------------------------


def test_the_us_scheduling_steps_are_on_the_policy_timeline_with_their_source(scenario: Scenario) -> None:
    """Class-wide temporary control from February 2018; permanent Schedule I under the HALT Fentanyl
    Act, July 2025 (CRS Legal Sidebar LSB11343)."""
    policy = scenario.stage("policy")
    narrative = flat(policy.narrative)
    assert re.search(r"2018\*?\*?, temporarily", narrative) and "HALT Fentanyl Act" in narrative
    assert narrative.index("2018") < narrative.index("HALT Fentanyl Act")
    fact = next(f for f in policy.key_facts if "HALT" in f.text)
    assert "February 2018" in fact.text and "July 2025" in fact.text and "Schedule I" in fact.text
    assert "Congressional Research Service" in {s.publisher for s in fact.sources}
    assert any(g.term == "Fentanyl-related substances" for g in scenario.glossary)


def test_new_adulterants_are_named_with_their_sources(scenario: Scenario) -> None:
    """Xylazine and medetomidine (DEA), nitazenes (DEA NDTA 2024), BTMPS (drug-checking programs)."""
    streets = scenario.stage("streets")
    fact = next(f for f in streets.key_facts if "nitazenes" in f.text)
    for name in ("xylazine", "medetomidine", "nitazenes", "BTMPS"):
        assert name in fact.text, name
    assert {"DEA", "CDC", "Drug Checking Los Angeles"} <= {s.publisher for s in fact.sources}
    assert "nitazenes" in streets.narrative
    assert any(g.term == "Nitazenes" for g in scenario.glossary)


def test_the_xylazine_and_naloxone_message_is_cdcs(scenario: Scenario) -> None:
    """CDC: naloxone will not reverse xylazine, but should still be given, because xylazine is often
    used with opioids such as fentanyl. Said whole wherever it is said."""
    places = [(w, flat(t), s) for w, t, s in items(scenario) if "naloxone does not reverse" in flat(t)]
    assert {"streets.narrative", "glossary[Xylazine and medetomidine]"} <= {w for w, _, _ in places}
    for where, text, sources in places:
        assert "still" in text and "fentanyl" in text, where
        assert where == "streets.narrative" or "CDC" in {s.publisher for s in sources}, where


def test_the_touching_fentanyl_myth_is_corrected_with_the_toxicologists_statement(scenario: Scenario) -> None:
    myth = next(m for m in scenario.stage("streets").misconceptions if "Touching" in m.claim)
    assert "extremely low" in myth.evidence and "2017" in myth.evidence
    assert "American College of Medical Toxicology" in {s.publisher for s in myth.sources}


def test_the_one_policy_misconception_sits_on_the_policy_stage(scenario: Scenario) -> None:
    assert any("one specific policy" in m.claim for m in scenario.stage("policy").misconceptions)
    assert not any("one specific policy" in m.claim for m in scenario.stage("streets").misconceptions)


def test_the_support_line_is_samhsas_national_helpline_in_about_and_on_the_streets_stage(scenario: Scenario) -> None:
    """SAMHSA's National Helpline: 1-800-662-HELP (4357), free, confidential, 24/7, English and Spanish."""
    support = scenario.support
    assert support is not None
    assert "1-800-662-HELP (4357)" in support.text
    for word in ("free", "confidential", "24 hours", "Spanish"):
        assert word in support.text, word
    assert any(s.url == "https://www.samhsa.gov/find-help/national-helpline" and "SAMHSA" in s.publisher for s in support.sources)
    streets = scenario.stage("streets")
    assert "1-800-662-4357" in streets.narrative and "National Helpline" in streets.narrative
    assert streets.teacher_notes is not None and "1-800-662-4357" in streets.teacher_notes.notes


# What the model can't show -------------------------------------------------------------------


def test_what_the_model_cannot_show_has_its_four_limits_each_sourced(scenario: Scenario) -> None:
    """Issue 9: potency and adulterants, violence, supply creating demand, the 2025 decline's several
    causes; each item in scenario.model_limits with text and sources."""
    limits = scenario.model_limits
    heads = [re.match(r"\*\*(.+?)\*\*", limit.text) for limit in limits]
    assert all(heads), "each limit starts with a bold title"
    titles = [h.group(1).lower() for h in heads if h]
    for wanted in ("potency", "violence", "supply creating demand", "several causes"):
        assert any(wanted in title for title in titles), wanted
    for limit in limits:
        assert limit.sources and words(limit.text) >= 30
    decline = next(limit for limit in limits if "several causes" in limit.text)
    assert {"CDC", "DEA"} <= {s.publisher for s in decline.sources}
    assert "under its assumptions" in decline.text


# Teacher notes: an objective and a model answer for every prompt -------------------------------


def test_every_stage_has_a_learning_objective_and_model_answers(scenario: Scenario) -> None:
    for stage in scenario.stages:
        notes = stage.teacher_notes
        assert notes is not None, stage.id
        assert notes.objective and words(notes.objective) >= 12, stage.id
        assert re.match(r"(?:Explain|Describe|State|Use|Compare|Name)\b", notes.objective), (stage.id, notes.objective)
        for prompt in notes.prompts:
            assert prompt.answer and words(prompt.answer) >= 20, (stage.id, prompt.question)


def test_model_answers_about_the_model_say_it_follows_from_its_assumptions(scenario: Scenario) -> None:
    for stage in scenario.stages:
        assert stage.teacher_notes is not None
        for prompt in stage.teacher_notes.prompts:
            if re.search(r"\bthe model\b|\bpreset\b", prompt.question):
                assert prompt.answer and "model's assumptions" in prompt.answer, (stage.id, prompt.question)
            assert not re.search(r"\b\d+(?:\.\d+)?%", prompt.question) or "model" not in prompt.question, (
                stage.id,
                "a prompt about the model quotes one of its numbers, which will change",
            )


def test_the_two_cartels_preset_says_it_is_narrower_than_the_deas_stated_strategy(scenario: Scenario) -> None:
    """The plain preset removes the cartels only; its description says so, so that learners do not take
    it for the DEA's network-focused strategy (a straw man)."""
    description = flat(scenario.preset("dea_priority").description)
    assert "network-focused" in description and "money launderers" in description


def test_preset_outcomes_are_labelled_as_the_models(scenario: Scenario) -> None:
    layered = flat(scenario.preset("layered_response").description)
    assert "under this model's assumptions" in layered


def test_about_says_what_the_leader_removal_studies_measured() -> None:
    """The kingpin studies measure homicides and numbers of groups, not supply; About says so, and
    labels continued supply as the model's assumption."""
    about = flat((Path(__file__).parents[2] / "resources" / "texts" / "about_model.en.md").read_text(encoding="utf-8"))
    assert "supply is not cut" not in about
    assert "measure violence and numbers of groups, not drug supply" in about
    assert "this model's assumption" in about
    for study in ("Calderón", "Lindo & Padilla-Romo", "Phillips", "Jones", "Crime in Pieces"):
        assert study in about, study

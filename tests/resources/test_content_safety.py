"""Screen every piece of text in the bundled scenario for operational content.

The app stays at the level of policy and journalism: no synthesis, reagents, reaction conditions,
yields, recipes, quantities of chemicals, production or pressing instructions, concealment or
evasion methods, and no dosing. The screen is deliberately broad; a word it flags has to be
rewritten, not whitelisted. A self-test plants bad sentences to prove the screen catches them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import yaml

from model.catalogue import default_scenario_path

QUANTITY_UNITS = r"(?:mg|g|kg|µg|mcg|ml|l|grams?|kilograms?|milligrams?|micrograms?|kilos?|litres?|liters?|moles?|mmol|mol)"

# name -> pattern (case-insensitive). Keep each one narrow enough to name what it catches.
PATTERNS: dict[str, str] = {
    "synthesis": r"\bsynthesi[sz]\w*|\bsynthesis\b",
    "synthesis route or step": r"\b(?:synthetic|production|reaction)\s+(?:route|pathway|step|procedure)s?\b",
    "reagent": r"\breagents?\b",
    "reaction conditions": r"\breaction\s+(?:conditions?|temperatures?|times?|mixtures?|vessels?)\b",
    "laboratory chemistry": r"\b(?:reflux\w*|distill\w*|recrystalli[sz]\w*|titrat\w*|catalys[ti]\w*|solvents?|precipitat\w*)\b",
    "yield": r"\byields?\b",
    "recipe": r"\brecipes?\b",
    "quantity of a substance": rf"\b\d[\d,.]*\s*{QUANTITY_UNITS}\b",
    "mass unit": r"\b(?:milli|micro|kilo)?grams?\b|\bkilos?\b|\bkilograms?\b",
    "how-to instruction": (
        r"\bhow\s+to\s+(?:make|cook|press|produce|manufacture|synthesi[sz]e|mix|cut|smuggle|hide|conceal|move|ship|buy|order)\b"
    ),
    "step-by-step": r"\bstep[-\s]by[-\s]step\b|\bstep\s+\d\b",
    "concealment": (
        r"\bconceal\w*|\bhidden\s+(?:in|inside|within|under|among|behind)\b"
        r"|\bhid(?:e|ing)\s+(?:it|them|the|drugs?|fentanyl|pills?)\b"
    ),
    "compartment or stash": r"\bcompartments?\b|\bstash\w*\b|\btrap\s+cars?\b",
    "smuggling method": r"\bsmuggl\w*\s+(?:methods?|techniques?|tricks?|tactics?\s+(?:such\s+as|like|include))\b",
    "evasion": (
        r"\bevad\w*|\bevasion\b|\bavoid\w*\s+(?:detection|inspection|scanners?|dogs?)\b"
        r"|\bundetect\w*|\bget\s+past\b|\bslip\s+past\b"
    ),
    "sourcing instruction": r"\b(?:where|how)\s+to\s+(?:buy|get|obtain|source|order)\b|\bvendor\s+(?:list|contacts?)\b",
    "dosing": r"\bdosage\b|\bdosing\b|\bmicrograms?\s+per\b",
}
COMPILED = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in PATTERNS.items()}


@dataclass(frozen=True)
class Hit:
    where: str
    rule: str
    excerpt: str

    def __str__(self) -> str:
        return f"{self.where}: [{self.rule}] ...{self.excerpt}..."


def screen(text: str, where: str) -> list[Hit]:
    """Every match of every pattern in ``text``, with a little context."""
    flat = re.sub(r"\s+", " ", text)
    hits = []
    for rule, pattern in COMPILED.items():
        for match in pattern.finditer(flat):
            start, end = max(0, match.start() - 40), min(len(flat), match.end() + 40)
            hits.append(Hit(where, rule, flat[start:end]))
    return hits


def strings(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every string value in parsed YAML (and every key), with a readable path."""
    if isinstance(node, dict):
        label = node.get("id") if isinstance(node.get("id"), str) else None
        for key, value in node.items():
            yield f"{path}.{key}(key)", str(key)
            yield from strings(value, f"{path}[{label}].{key}" if label else f"{path}.{key}")
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from strings(item, f"{path}[{i}]")
    elif isinstance(node, str):
        yield path.lstrip("."), node


@pytest.fixture(scope="module")
def raw_text() -> str:
    return default_scenario_path().read_text(encoding="utf-8")


def test_every_text_in_the_scenario_passes_the_screen(raw_text: str) -> None:
    data = yaml.safe_load(raw_text)
    texts = list(strings(data))
    assert len(texts) > 500, "the screen should see the whole scenario"
    hits = [hit for where, text in texts for hit in screen(text, where)]
    for hit in hits:
        print(hit)
    assert not hits, f"{len(hits)} operational-content hit(s) in the bundled scenario:\n" + "\n".join(map(str, hits))


def test_comments_and_raw_lines_pass_the_screen(raw_text: str) -> None:
    hits = [hit for number, line in enumerate(raw_text.splitlines(), 1) for hit in screen(line, f"line {number}")]
    for hit in hits:
        print(hit)
    assert not hits, "\n".join(map(str, hits))


PLANTED = {
    "synthesis": "The synthesis starts from the listed precursor.",
    "synthesis route or step": "Each production step is described below.",
    "reagent": "Add the reagent slowly.",
    "reaction conditions": "Keep the reaction temperature steady.",
    "laboratory chemistry": "Reflux the mixture in a solvent.",
    "yield": "This gives a yield of 80%.",
    "recipe": "The recipe is simple.",
    "quantity of a substance": "Use 25 g of the chemical.",
    "mass unit": "A few kilograms are enough.",
    "how-to instruction": "Here is how to press pills at home.",
    "step-by-step": "A step-by-step guide follows.",
    "concealment": "The packages were hidden in the spare tyre and concealed from view.",
    "compartment or stash": "Couriers used a compartment in the dashboard.",
    "smuggling method": "Smuggling techniques vary by crossing.",
    "evasion": "Drivers evade inspection and avoid detection.",
    "sourcing instruction": "Here is where to buy the chemicals.",
    "dosing": "The usual dosage is printed on the label.",
}


@pytest.mark.parametrize(("rule", "sentence"), sorted(PLANTED.items()))
def test_the_screen_catches_a_planted_sentence(rule: str, sentence: str) -> None:
    hits = screen(sentence, "planted")
    assert any(hit.rule == rule for hit in hits), f"rule '{rule}' missed: {sentence!r} (hits: {[h.rule for h in hits]})"


def test_the_screen_catches_a_planted_sentence_inside_the_scenario(raw_text: str) -> None:
    data = yaml.safe_load(raw_text)
    data["stages"][2]["narrative"] += "\nFirst dissolve the reagent, then hide the pills in a hidden compartment to evade checks."
    hits = [hit for where, text in strings(data) for hit in screen(text, where)]
    rules = {hit.rule for hit in hits}
    assert {"reagent", "compartment or stash", "evasion"} <= rules
    assert all("production" in hit.where for hit in hits)


@pytest.mark.parametrize(
    "sentence",
    [
        "Synthetic drugs need no farmland or harvest.",
        "Cooks sell the drug wholesale to transport networks.",
        "Precursor chemicals are controlled as they appear in scheduling decisions.",
        "More than 90% of seized fentanyl is caught at ports of entry.",
        "In fiscal 2024 CBP seized 43 lb of fentanyl at the northern border.",
    ],
)
def test_the_screen_leaves_policy_level_text_alone(sentence: str) -> None:
    assert screen(sentence, "benign") == []

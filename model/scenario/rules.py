"""What the fields of the scenario format must hold: ``Rule``, the field types built on it, the limits.

Plain Python (no pydantic): ``model.scenario.format`` writes its fields with these types, and
``model.scenario.schema`` turns each ``Rule`` into pydantic's ``Field`` constraints when a file is
validated. A field whose name is a word Python keeps for itself ends in ``_`` (``from_``); its key in
a file is the word (``file_key``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Annotated, Any

# Upper limits keep every number well inside the solver's 64-bit integers after scaling.
MAX_QUANTITY = 1_000_000.0
MAX_UNIT_COST = 10_000.0


@dataclass(frozen=True)
class Rule:
    """What a field must hold, for the validator (``model.scenario.schema``): pydantic's ``Field``
    constraints by name, and ``one_line``: text drawn on one line, without line breaks or tabs."""

    pattern: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    ge: float | None = None
    gt: float | None = None
    le: float | None = None
    strict: bool | None = None
    allow_inf_nan: bool | None = None
    discriminator: str | None = None
    one_line: bool = False

    def constraints(self) -> dict[str, Any]:
        """The pydantic ``Field`` arguments this rule gives."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "one_line" and getattr(self, f.name) is not None}


# Every text field has a length limit (see docs/scenario-format.md); what characters text may hold
# is checked for every string by model.characters, through the reader.
Id = Annotated[str, Rule(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
RegionId = Annotated[str, Rule(min_length=1, max_length=64, one_line=True)]
Colour = Annotated[str, Rule(pattern=r"^#[0-9a-fA-F]{6}$")]
Language = Annotated[str, Rule(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", max_length=35)]
Text = Annotated[str, Rule(min_length=1, max_length=20_000)]
ShortText = Annotated[str, Rule(min_length=1, max_length=200, one_line=True)]
Quantity = Annotated[float, Rule(strict=True, ge=0, le=MAX_QUANTITY, allow_inf_nan=False)]
Cost = Annotated[float, Rule(strict=True, ge=0, le=MAX_UNIT_COST, allow_inf_nan=False)]
Factor = Annotated[float, Rule(strict=True, ge=0, le=100, allow_inf_nan=False)]
Demand = Annotated[float, Rule(strict=True, ge=0.01, le=MAX_QUANTITY, allow_inf_nan=False)]
Months = Annotated[int, Rule(strict=True, ge=0, le=120)]
Share = Annotated[float, Rule(strict=True, gt=0, le=1, allow_inf_nan=False)]
Expansion = Annotated[float, Rule(strict=True, ge=1, le=10, allow_inf_nan=False)]


def file_key(name: str) -> str:
    """The file's key for a field: a field named after a word Python keeps for itself (``from``) has
    ``_`` added to its name."""
    return name.removesuffix("_")


def file_data(value: Any) -> Any:
    """A format object as a file holds it: mappings with the file's keys (``from``, not ``from_``),
    without the fields left empty (None); tuples as lists."""
    if isinstance(value, tuple):
        return [file_data(item) for item in value]
    if not hasattr(value, "__dataclass_fields__"):
        return value
    data = {}
    for f in fields(value):
        item = getattr(value, f.name)
        if item is not None:
            data[file_key(f.name)] = file_data(item)
    return data

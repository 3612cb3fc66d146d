"""Validating scenario data with pydantic, into the plain classes of ``model.scenario.format``.

The format's classes are frozen dataclasses whose fields carry their ``Rule``s; pydantic is imported
only here, when a file is validated (the cache of validated scenarios builds the classes without
it). Each class gets a pydantic model of the same name and fields, built once on first use: the
``Rule``s become ``Field`` constraints, ``one_line`` text refuses line breaks and tabs, a field named
``from_`` is read from the key ``from``, and unknown keys are refused. The checks that span fields
are here too. A validated model is then turned into the format's classes.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    create_model,
    field_validator,
    model_validator,
)

from model.scenario.format import CLASSES, Action, Scenario, with_default_vocabulary
from model.scenario.rules import Rule, file_key

__all__ = ["ValidationError", "actions", "model_for", "models", "validate"]

_CONFIG = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True, populate_by_name=True)


def validate(data: Any) -> Scenario:
    """The scenario these data describe; raises pydantic's ValidationError naming each wrong field."""
    return _plain(model_for(Scenario).model_validate(data))


@cache
def _actions_adapter() -> TypeAdapter[Any]:
    return TypeAdapter(_pydantic_type(tuple[Action, ...]))


def actions(data: Any) -> tuple[Any, ...]:
    """Intervention actions (``Action``) from data as a file holds them; raises ValidationError."""
    return tuple(_plain(item) for item in _actions_adapter().validate_python(data))


def models() -> dict[str, type[BaseModel]]:
    """The pydantic model of every class of the format, by name."""
    return {cls.__name__: model_for(cls) for cls in CLASSES}


# Checks that span fields -------------------------------------------------------------------------
def _correct_in_range(cls: type, value: int, info: Any) -> int:
    choices = info.data.get("choices")
    if choices is not None and value >= len(choices):
        raise ValueError(f"expected the index of one of the {len(choices)} choices (0 to {len(choices) - 1})")
    return value


def _plain_questions(cls: type, value: Any) -> Any:
    """A prompt may be written as just its question."""
    if isinstance(value, list):
        return [{"question": item} if isinstance(item, str) else item for item in value]
    return value


def _months_in_order(self: Any) -> Any:
    if self.from_month > self.to_month:
        raise ValueError(f"expected from_month ({self.from_month}) at most to_month ({self.to_month})")
    return self


def _default_vocabulary(cls: type, data: Any) -> Any:
    """A file that declares no vocabulary, or only part of it, gets the documented defaults."""
    return with_default_vocabulary(data)


def _checks() -> dict[str, dict[str, Any]]:
    return {
        "QuizQuestion": {"correct_in_range": field_validator("correct")(_correct_in_range)},
        "TeacherNotes": {"plain_questions": field_validator("prompts", mode="before")(_plain_questions)},
        "KeepBelow": {"months_in_order": model_validator(mode="after")(_months_in_order)},
        "Scenario": {"default_vocabulary": model_validator(mode="before")(_default_vocabulary)},
    }


# From the format's classes to pydantic models, and back --------------------------------------------
def _one_line(value: str) -> str:
    """Names, titles and choices are drawn on one line: a line break or tab inside would break it."""
    if "\n" in value or "\t" in value:
        raise ValueError("expected one line of text, without line breaks or tabs")
    return value


_MODELS: dict[type, type[BaseModel]] = {}
_CLASSES: dict[type[BaseModel], type] = {}


def model_for(cls: type) -> type[BaseModel]:
    """The pydantic model of one class of the format (built once)."""
    known = _MODELS.get(cls)
    if known is not None:
        return known
    hints = typing.get_type_hints(cls, include_extras=True)
    definitions: dict[str, Any] = {}
    for field in dataclasses.fields(cls):
        annotation = _pydantic_type(hints[field.name])
        if file_key(field.name) != field.name:
            annotation = Annotated[annotation, Field(alias=file_key(field.name))]
        definitions[field.name] = (annotation, ... if field.default is dataclasses.MISSING else field.default)
    model: type[BaseModel] = create_model(
        cls.__name__, __config__=_CONFIG, __validators__=_checks().get(cls.__name__, {}), __module__=__name__, **definitions
    )
    model.__doc__ = cls.__doc__
    _MODELS[cls] = model
    _CLASSES[model] = cls
    return model


def _pydantic_type(annotation: Any) -> Any:
    """A field's type as pydantic reads it: ``Rule``s as constraints, format classes as their models."""
    origin = get_origin(annotation)
    if origin is Annotated:
        base, *metadata = get_args(annotation)
        extra: list[Any] = []
        for item in metadata:
            if isinstance(item, Rule):
                constraints = item.constraints()
                extra += [Field(**constraints)] if constraints else []
                extra += [AfterValidator(_one_line)] if item.one_line else []
            else:
                extra.append(item)
        return Annotated[(_pydantic_type(base), *extra)] if extra else _pydantic_type(base)
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        return model_for(annotation)
    if origin in (Union, types.UnionType):
        return Union[tuple(_pydantic_type(arg) for arg in get_args(annotation))]  # noqa: UP007 -- built from a tuple
    if origin is tuple:
        args = get_args(annotation)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple[_pydantic_type(args[0]), ...]  # type: ignore[misc]
        return tuple[tuple(_pydantic_type(arg) for arg in args)]  # type: ignore[misc]
    return annotation


def _plain(value: Any) -> Any:
    """A validated pydantic model as the format's class (tuples item by item)."""
    if isinstance(value, BaseModel):
        cls = _CLASSES[type(value)]
        return cls(**{name: _plain(getattr(value, name)) for name in type(value).model_fields})
    if isinstance(value, tuple):
        return tuple(_plain(item) for item in value)
    return value

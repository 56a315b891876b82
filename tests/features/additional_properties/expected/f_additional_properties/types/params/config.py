from __future__ import annotations

import typing

import typing_extensions

from ..._types import JsonValue
from .limit import Limit


class Config(typing_extensions.TypedDict):
    """The `Config` schema."""

    name: str
    labels: typing_extensions.NotRequired[typing.Mapping[str, str]]
    """A typed map."""

    limits: typing_extensions.NotRequired[typing.Mapping[str, Limit]]
    """A map of objects."""

    anything: typing_extensions.NotRequired[typing.Mapping[str, JsonValue]]
    """Free-form object."""

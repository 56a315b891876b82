from __future__ import annotations

import typing_extensions

from ..._types import JsonValue


class Seek(typing_extensions.TypedDict):
    """A real-time seek (a clock) or a correspondence one (days per move): the model has both branches' properties, each required only where every branch requires it."""

    rated: typing_extensions.NotRequired[bool]
    time: typing_extensions.NotRequired[int]
    increment: typing_extensions.NotRequired[int]
    mode: JsonValue
    days: typing_extensions.NotRequired[int]

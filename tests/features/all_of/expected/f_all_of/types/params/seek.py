from __future__ import annotations

import typing

import typing_extensions


class Seek(typing_extensions.TypedDict):
    """A real-time seek (a clock) or a correspondence one (days per move): the model has both branches' properties, each required only where every branch requires it."""

    rated: typing_extensions.NotRequired[bool]
    time: typing_extensions.NotRequired[int]
    increment: typing_extensions.NotRequired[int]
    mode: typing.Union[str, int]
    days: typing_extensions.NotRequired[int]

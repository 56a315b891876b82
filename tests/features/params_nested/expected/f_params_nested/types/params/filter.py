from __future__ import annotations

import typing

import typing_extensions

from .range import Range


class Filter(typing_extensions.TypedDict):
    """The `Filter` schema."""

    kind: str
    range: typing_extensions.NotRequired[Range]
    tags: typing_extensions.NotRequired[typing.Sequence[str]]

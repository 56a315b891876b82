from __future__ import annotations

import typing

import typing_extensions

from ..._types import JsonValue
from .leaf import Leaf


class Tree(typing_extensions.TypedDict):
    """The `Tree` schema."""

    name: str
    children: typing_extensions.NotRequired[typing.Sequence[Tree]]
    leaf: typing_extensions.NotRequired[Leaf]
    loose: typing_extensions.NotRequired[JsonValue]
    """Names an anchor no schema declares, so typed as any JSON value."""

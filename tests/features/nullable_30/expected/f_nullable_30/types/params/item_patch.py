from __future__ import annotations

import typing

import typing_extensions

from .tag import Tag


class ItemPatch(typing_extensions.TypedDict):
    """The `ItemPatch` schema."""

    note: typing_extensions.NotRequired[typing.Optional[str]]
    tag: typing_extensions.NotRequired[typing.Optional[Tag]]

from __future__ import annotations

import typing

import typing_extensions

from .charges_create_body_card import ChargesCreateBodyCard


class ChargesCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /charges`."""

    amount: int
    card: ChargesCreateBodyCard
    expand: typing_extensions.NotRequired[typing.Sequence[str]]
    tags: typing_extensions.NotRequired[typing.Sequence[str]]
    ids: typing_extensions.NotRequired[typing.Sequence[int]]
    words: typing_extensions.NotRequired[typing.Sequence[str]]
    metadata: typing_extensions.NotRequired[typing.Mapping[str, str]]

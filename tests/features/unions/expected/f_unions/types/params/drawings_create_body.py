from __future__ import annotations

import typing

import typing_extensions

from .shape import Shape


class DrawingsCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /drawings`."""

    layers: typing.Union[
        typing.Sequence[Shape], typing.Sequence[typing.Sequence[Shape]]
    ]

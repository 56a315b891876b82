from __future__ import annotations

import typing_extensions


class ChargesCreateBodyCardExp(typing_extensions.TypedDict):
    """`exp` in `card` in the request body of `POST /charges`."""

    month: typing_extensions.NotRequired[int]
    year: typing_extensions.NotRequired[int]

from __future__ import annotations

import typing_extensions

from .charges_create_body_card_exp import ChargesCreateBodyCardExp


class ChargesCreateBodyCard(typing_extensions.TypedDict):
    """`card` in the request body of `POST /charges`."""

    number: str
    exp: typing_extensions.NotRequired[ChargesCreateBodyCardExp]

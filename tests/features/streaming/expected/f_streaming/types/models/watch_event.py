from __future__ import annotations

import typing

import pydantic

from ..._models import BaseModel


class WatchEvent(BaseModel):
    """The `WatchEvent` schema."""

    type: str
    object: typing.Dict[str, pydantic.JsonValue]

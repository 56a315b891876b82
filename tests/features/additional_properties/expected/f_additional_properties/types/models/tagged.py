from __future__ import annotations

import typing

import pydantic

from ..._models import BaseModel


class Tagged(BaseModel):
    """A model with declared fields and typed extra fields."""

    id: typing.Optional[str] = None

    __pydantic_extra__: typing.Dict[str, float] = pydantic.Field(init=False)

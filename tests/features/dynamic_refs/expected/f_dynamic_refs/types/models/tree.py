from __future__ import annotations

import typing

import pydantic

from ..._models import BaseModel
from .leaf import Leaf


class Tree(BaseModel):
    """The `Tree` schema."""

    name: str
    children: typing.Optional[typing.List[Tree]] = None
    leaf: typing.Optional[Leaf] = None
    loose: typing.Optional[pydantic.JsonValue] = None
    """Names an anchor no schema declares, so typed as any JSON value."""

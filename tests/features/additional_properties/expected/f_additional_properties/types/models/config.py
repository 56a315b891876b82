from __future__ import annotations

import typing

import pydantic

from ..._models import BaseModel
from .limit import Limit


class Config(BaseModel):
    """The `Config` schema."""

    name: str
    labels: typing.Optional[typing.Dict[str, str]] = None
    """A typed map."""

    limits: typing.Optional[typing.Dict[str, Limit]] = None
    """A map of objects."""

    anything: typing.Optional[typing.Dict[str, pydantic.JsonValue]] = None
    """Free-form object."""

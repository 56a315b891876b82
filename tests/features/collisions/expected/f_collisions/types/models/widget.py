from __future__ import annotations

import typing

from ..._models import BaseModel


class Widget(BaseModel):
    """The `Widget` schema."""

    id: str
    widget: typing.Optional[str] = None
    """A property named like its model."""

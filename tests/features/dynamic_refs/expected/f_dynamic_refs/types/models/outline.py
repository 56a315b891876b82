from __future__ import annotations

import typing

from ..._models import BaseModel


class Outline(BaseModel):
    """The `Outline` schema."""

    title: str
    sections: typing.Optional[typing.List[Outline]] = None

from __future__ import annotations

import typing

from ..._models import BaseModel


class Problem(BaseModel):
    """The `Problem` schema."""

    title: str
    status: typing.Optional[int] = None

from __future__ import annotations

import typing

from ..._models import BaseModel


class Meta(BaseModel):
    """The `Meta` schema."""

    source: typing.Optional[str] = None

from __future__ import annotations

from ..._models import BaseModel


class Problem(BaseModel):
    """The `Problem` schema."""

    code: str
    detail: str

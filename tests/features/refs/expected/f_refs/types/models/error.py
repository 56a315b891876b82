from __future__ import annotations

from ..._models import BaseModel


class Error(BaseModel):
    """The `Error` schema."""

    code: int
    message: str

from __future__ import annotations

from ..._models import BaseModel


class NotFoundBody(BaseModel):
    """The body of a 404 (not found) response."""

    detail: str

from __future__ import annotations

from ..._models import BaseModel


class ChargesCreateResponse(BaseModel):
    """The response of `POST /charges` (The charge.)."""

    id: str

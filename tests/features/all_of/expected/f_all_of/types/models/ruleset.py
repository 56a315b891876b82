from __future__ import annotations

from ..._models import BaseModel


class Ruleset(BaseModel):
    """Its `id` is the shared id type made read-only by an `allOf` member."""

    id: str
    name: str

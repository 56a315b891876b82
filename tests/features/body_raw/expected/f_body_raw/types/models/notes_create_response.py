from __future__ import annotations

from ..._models import BaseModel


class NotesCreateResponse(BaseModel):
    """The response of `POST /notes` (The note's id.)."""

    id: str

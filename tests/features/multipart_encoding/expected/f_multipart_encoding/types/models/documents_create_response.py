from __future__ import annotations

from ..._models import BaseModel


class DocumentsCreateResponse(BaseModel):
    """The response of `POST /documents` (Stored.)."""

    id: str

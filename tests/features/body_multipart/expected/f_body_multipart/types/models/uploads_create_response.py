from __future__ import annotations

from ..._models import BaseModel


class UploadsCreateResponse(BaseModel):
    """The response of `POST /uploads` (Stored.)."""

    id: str

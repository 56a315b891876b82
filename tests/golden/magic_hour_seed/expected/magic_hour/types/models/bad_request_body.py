from __future__ import annotations

from ..._models import BaseModel


class BadRequestBody(BaseModel):
    """The request is invalid"""

    message: str

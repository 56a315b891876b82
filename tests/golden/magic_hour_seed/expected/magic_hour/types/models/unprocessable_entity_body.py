from __future__ import annotations

from ..._models import BaseModel


class UnprocessableEntityBody(BaseModel):
    """Unprocessable Entity"""

    message: str

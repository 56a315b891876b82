from __future__ import annotations

from ..._models import BaseModel


class V1ImageProjectsGetResponseError(BaseModel):
    """In the case of an error, this object will contain the error encountered during video render"""

    message: str
    """Details on the reason why a failure happened."""

    code: str
    """An error code to indicate why a failure happened."""

from __future__ import annotations

from ..._models import BaseModel
from ..enums.not_found_body_message_enum import NotFoundBodyMessageEnum


class NotFoundBody(BaseModel):
    """Requested resource is not found"""

    message: NotFoundBodyMessageEnum
    """`message` in the body of a 404 (not found) response."""

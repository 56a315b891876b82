from __future__ import annotations

from ..._models import BaseModel
from ..enums.unauthorized_body_message_enum import UnauthorizedBodyMessageEnum


class UnauthorizedBody(BaseModel):
    """The request is not properly authenticated"""

    message: UnauthorizedBodyMessageEnum
    """`message` in the body of a 401 (unauthorized) response."""

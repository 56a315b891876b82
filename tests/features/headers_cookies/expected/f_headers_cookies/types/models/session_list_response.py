from __future__ import annotations

import typing

from ..._models import BaseModel


class SessionListResponse(BaseModel):
    """The response of `GET /session` (OK)."""

    user: typing.Optional[str] = None

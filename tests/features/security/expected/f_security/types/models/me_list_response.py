from __future__ import annotations

import typing

from ..._models import BaseModel


class MeListResponse(BaseModel):
    """The response of `GET /me` (OK)."""

    ok: typing.Optional[bool] = None

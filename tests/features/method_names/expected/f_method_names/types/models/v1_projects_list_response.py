from __future__ import annotations

import typing

from ..._models import BaseModel


class V1ProjectsListResponse(BaseModel):
    """The response of `GET /v1/projects` (OK)."""

    ok: typing.Optional[bool] = None

from __future__ import annotations

import typing

from ..._models import BaseModel


class ReportsGetResponse(BaseModel):
    """The response of `GET /reports/{filter}` (The report.)."""

    rows: typing.Optional[int] = None

from __future__ import annotations

from ..._models import BaseModel


class ReportJsonListResponse(BaseModel):
    """The response of `GET /report.json` (JSON.)."""

    rows: int

from __future__ import annotations

import typing

from ..._models import BaseModel


class ReportVendorListResponse(BaseModel):
    """The response of `GET /report/vendor` (A vendor JSON media type.)."""

    v: typing.Optional[int] = None

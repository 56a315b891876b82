from __future__ import annotations

import datetime

from ..._models import BaseModel


class V1ImageProjectsGetResponseDownloadsItem(BaseModel):
    """Where to fetch one output file, and until when."""

    url: str
    """Temporary URL of the file."""

    expires_at: datetime.datetime
    """When `url` stops working."""

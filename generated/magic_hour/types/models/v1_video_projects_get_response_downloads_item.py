from __future__ import annotations

import datetime

from ..._models import BaseModel


class V1VideoProjectsGetResponseDownloadsItem(BaseModel):
    """The download url and expiration date of the image project"""

    url: str
    expires_at: datetime.datetime

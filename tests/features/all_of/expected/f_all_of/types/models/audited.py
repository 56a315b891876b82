from __future__ import annotations

import datetime

from ..._models import BaseModel


class Audited(BaseModel):
    """The `Audited` schema."""

    created_at: datetime.datetime

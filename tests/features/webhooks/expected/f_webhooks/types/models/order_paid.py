from __future__ import annotations

import datetime
import typing

from ..._models import BaseModel


class OrderPaid(BaseModel):
    """The `OrderPaid` schema."""

    order_id: str
    amount: int
    paid_at: typing.Optional[datetime.datetime] = None

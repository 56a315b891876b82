from __future__ import annotations

from ..._models import BaseModel


class SubscriptionsCreateResponse(BaseModel):
    """The response of `POST /subscriptions` (Subscribed.)."""

    id: str

from __future__ import annotations

import typing

from ..._models import BaseModel
from ..enums.conversations_events_list_event_event_enum import (
    ConversationsEventsListEventEventEnum,
)
from .token import Token


class ConversationsEventsListEvent(BaseModel):
    """An item of the streamed response of `GET /conversations/{id}/events`."""

    event: ConversationsEventsListEventEventEnum
    """`event` in an item of the streamed response of `GET /conversations/{id}/events`."""

    data: Token
    id: typing.Optional[str] = None

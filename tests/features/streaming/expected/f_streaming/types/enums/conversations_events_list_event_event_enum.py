from ..._models import StrEnum


class ConversationsEventsListEventEventEnum(StrEnum):
    """`event` in an item of the streamed response of `GET /conversations/{id}/events`."""

    STARTED = "started"
    DELTA = "delta"
    DONE = "done"

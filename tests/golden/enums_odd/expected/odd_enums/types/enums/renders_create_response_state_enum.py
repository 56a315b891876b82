from ..._models import StrEnum


class RendersCreateResponseStateEnum(StrEnum):
    """`state` in the response of `POST /renders` (The render)."""

    QUEUED = "queued"
    DONE = "done"

from ..._models import StrEnum


class JobStateEnum(StrEnum):
    """`state` in the `Job` schema."""

    QUEUED = "queued"
    RUNNING = "running"
    DONE_OK = "done-ok"
    VALUE_16_9 = "16:9"

import typing

from ..._models import StrEnum


class JobsListStateEnum(StrEnum):
    """The `state` query parameter."""

    QUEUED = "queued"
    RUNNING = "running"
    DONE_OK = "done-ok"
    VALUE_16_9 = "16:9"


JobsListStateEnumLiteral = typing.Literal[
    "queued",
    "running",
    "done-ok",
    "16:9",
]
"""The values of `JobsListStateEnum` as plain strings: what request parameters accept."""

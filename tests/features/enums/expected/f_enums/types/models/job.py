from __future__ import annotations

import typing

from ..._models import BaseModel
from ..enums.job_state_enum import JobStateEnum
from ..enums.priority import Priority


class Job(BaseModel):
    """The `Job` schema."""

    priority: Priority
    """Integer priority levels."""

    state: JobStateEnum
    """`state` in the `Job` schema."""

    mixed: typing.Optional[typing.Literal[1, "one", True]] = None

from __future__ import annotations

from ..._models import BaseModel
from ..enums.log_record_level_enum import LogRecordLevelEnum


class LogRecord(BaseModel):
    """The `LogRecord` schema."""

    level: LogRecordLevelEnum
    """`level` in the `LogRecord` schema."""

    message: str

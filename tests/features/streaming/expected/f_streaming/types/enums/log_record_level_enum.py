from ..._models import StrEnum


class LogRecordLevelEnum(StrEnum):
    """`level` in the `LogRecord` schema."""

    INFO = "info"
    WARN = "warn"
    ERROR = "error"

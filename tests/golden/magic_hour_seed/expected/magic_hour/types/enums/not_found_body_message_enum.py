from ..._models import StrEnum


class NotFoundBodyMessageEnum(StrEnum):
    """`message` in the body of a 404 (not found) response."""

    NOT_FOUND = "Not Found"

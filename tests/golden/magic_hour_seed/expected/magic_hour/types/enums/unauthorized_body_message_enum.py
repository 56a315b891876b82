from ..._models import StrEnum


class UnauthorizedBodyMessageEnum(StrEnum):
    """`message` in the body of a 401 (unauthorized) response."""

    UNAUTHORIZED = "Unauthorized"

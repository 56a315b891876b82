from ..._models import StrEnum


class ItemColorEnum(StrEnum):
    """`color` in the `Item` schema."""

    RED = "red"
    GREEN = "green"

import typing

from ..._models import StrEnum


class SessionListThemeEnum(StrEnum):
    """The `theme` cookie parameter."""

    DARK = "dark"
    LIGHT = "light"


SessionListThemeEnumLiteral = typing.Literal[
    "dark",
    "light",
]
"""The values of `SessionListThemeEnum` as plain strings: what request parameters accept."""

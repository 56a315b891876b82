import typing

from ..._models import StrEnum


class FilesGetExtEnum(StrEnum):
    """The `ext` path parameter."""

    JSON = "json"
    CSV = "csv"


FilesGetExtEnumLiteral = typing.Literal[
    "json",
    "csv",
]
"""The values of `FilesGetExtEnum` as plain strings: what request parameters accept."""

import typing

from ..._models import StrEnum


class OrgsReposGetIncludeItemEnum(StrEnum):
    """An item of the `include` query parameter."""

    STATS = "stats"
    OWNERS = "owners"


OrgsReposGetIncludeItemEnumLiteral = typing.Literal[
    "stats",
    "owners",
]
"""The values of `OrgsReposGetIncludeItemEnum` as plain strings: what request parameters accept."""

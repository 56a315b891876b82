import typing

from ..._models import StrEnum


class IpConfigurationTargetEnum(StrEnum):
    """`target` in the `IpConfiguration` schema."""

    IP = "ip"


IpConfigurationTargetEnumLiteral = typing.Literal["ip"]
"""The values of `IpConfigurationTargetEnum` as plain strings: what request parameters accept."""

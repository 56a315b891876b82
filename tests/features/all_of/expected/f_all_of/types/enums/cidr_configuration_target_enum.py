import typing

from ..._models import StrEnum


class CidrConfigurationTargetEnum(StrEnum):
    """`target` in the `CidrConfiguration` schema."""

    IP_RANGE = "ip_range"


CidrConfigurationTargetEnumLiteral = typing.Literal["ip_range"]
"""The values of `CidrConfigurationTargetEnum` as plain strings: what request parameters accept."""

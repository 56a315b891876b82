from __future__ import annotations

import typing

import typing_extensions

from ..enums.ip_configuration_target_enum import (
    IpConfigurationTargetEnum,
    IpConfigurationTargetEnumLiteral,
)


class IpConfiguration(typing_extensions.TypedDict):
    """The `IpConfiguration` schema."""

    target: typing_extensions.NotRequired[
        typing.Union[IpConfigurationTargetEnum, IpConfigurationTargetEnumLiteral]
    ]
    """`target` in the `IpConfiguration` schema."""

    value: typing_extensions.NotRequired[str]

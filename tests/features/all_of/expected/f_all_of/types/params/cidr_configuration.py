from __future__ import annotations

import typing

import typing_extensions

from ..enums.cidr_configuration_target_enum import (
    CidrConfigurationTargetEnum,
    CidrConfigurationTargetEnumLiteral,
)


class CidrConfiguration(typing_extensions.TypedDict):
    """The `CidrConfiguration` schema."""

    target: typing_extensions.NotRequired[
        typing.Union[CidrConfigurationTargetEnum, CidrConfigurationTargetEnumLiteral]
    ]
    """`target` in the `CidrConfiguration` schema."""

    value: typing_extensions.NotRequired[str]

"""Enums: every member is also a plain value, and unknown values from the server are kept.

Each type lives in its own module and is imported on first access.
"""

import typing

from ..._models import import_module

if typing.TYPE_CHECKING:
    from .cidr_configuration_target_enum import (
        CidrConfigurationTargetEnum as CidrConfigurationTargetEnum,
    )
    from .cidr_configuration_target_enum import (
        CidrConfigurationTargetEnumLiteral as CidrConfigurationTargetEnumLiteral,
    )
    from .ip_configuration_target_enum import (
        IpConfigurationTargetEnum as IpConfigurationTargetEnum,
    )
    from .ip_configuration_target_enum import (
        IpConfigurationTargetEnumLiteral as IpConfigurationTargetEnumLiteral,
    )

_MODULES: typing.Dict[str, str] = {
    "CidrConfigurationTargetEnum": "cidr_configuration_target_enum",
    "CidrConfigurationTargetEnumLiteral": "cidr_configuration_target_enum",
    "IpConfigurationTargetEnum": "ip_configuration_target_enum",
    "IpConfigurationTargetEnumLiteral": "ip_configuration_target_enum",
}

__all__ = sorted(_MODULES)


if not typing.TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value


def __dir__() -> typing.List[str]:
    return __all__

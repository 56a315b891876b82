"""Enums: every member is also a plain value, and unknown values from the server are kept.

Each type lives in its own module and is imported on first access.
"""

import typing

from ..._models import import_module

if typing.TYPE_CHECKING:
    from .renders_create_body_label_enum import (
        RendersCreateBodyLabelEnum as RendersCreateBodyLabelEnum,
    )
    from .renders_create_body_label_enum import (
        RendersCreateBodyLabelEnumLiteral as RendersCreateBodyLabelEnumLiteral,
    )
    from .renders_create_body_quality_enum import (
        RendersCreateBodyQualityEnum as RendersCreateBodyQualityEnum,
    )
    from .renders_create_body_quality_enum import (
        RendersCreateBodyQualityEnumLiteral as RendersCreateBodyQualityEnumLiteral,
    )
    from .renders_create_body_ratio_enum import (
        RendersCreateBodyRatioEnum as RendersCreateBodyRatioEnum,
    )
    from .renders_create_body_ratio_enum import (
        RendersCreateBodyRatioEnumLiteral as RendersCreateBodyRatioEnumLiteral,
    )
    from .renders_create_body_size_enum import (
        RendersCreateBodySizeEnum as RendersCreateBodySizeEnum,
    )
    from .renders_create_body_size_enum import (
        RendersCreateBodySizeEnumLiteral as RendersCreateBodySizeEnumLiteral,
    )
    from .renders_create_body_tone_enum import (
        RendersCreateBodyToneEnum as RendersCreateBodyToneEnum,
    )
    from .renders_create_body_tone_enum import (
        RendersCreateBodyToneEnumLiteral as RendersCreateBodyToneEnumLiteral,
    )
    from .renders_create_response_state_enum import (
        RendersCreateResponseStateEnum as RendersCreateResponseStateEnum,
    )

_MODULES: typing.Dict[str, str] = {
    "RendersCreateBodyLabelEnum": "renders_create_body_label_enum",
    "RendersCreateBodyLabelEnumLiteral": "renders_create_body_label_enum",
    "RendersCreateBodyQualityEnum": "renders_create_body_quality_enum",
    "RendersCreateBodyQualityEnumLiteral": "renders_create_body_quality_enum",
    "RendersCreateBodyRatioEnum": "renders_create_body_ratio_enum",
    "RendersCreateBodyRatioEnumLiteral": "renders_create_body_ratio_enum",
    "RendersCreateBodySizeEnum": "renders_create_body_size_enum",
    "RendersCreateBodySizeEnumLiteral": "renders_create_body_size_enum",
    "RendersCreateBodyToneEnum": "renders_create_body_tone_enum",
    "RendersCreateBodyToneEnumLiteral": "renders_create_body_tone_enum",
    "RendersCreateResponseStateEnum": "renders_create_response_state_enum",
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

from __future__ import annotations

import typing

import typing_extensions

from ..enums.renders_create_body_label_enum import (
    RendersCreateBodyLabelEnum,
    RendersCreateBodyLabelEnumLiteral,
)
from ..enums.renders_create_body_quality_enum import (
    RendersCreateBodyQualityEnum,
    RendersCreateBodyQualityEnumLiteral,
)
from ..enums.renders_create_body_ratio_enum import (
    RendersCreateBodyRatioEnum,
    RendersCreateBodyRatioEnumLiteral,
)
from ..enums.renders_create_body_size_enum import (
    RendersCreateBodySizeEnum,
    RendersCreateBodySizeEnumLiteral,
)
from ..enums.renders_create_body_tone_enum import (
    RendersCreateBodyToneEnum,
    RendersCreateBodyToneEnumLiteral,
)


class RendersCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /renders`."""

    ratio: typing.Union[RendersCreateBodyRatioEnum, RendersCreateBodyRatioEnumLiteral]
    """Frame shape."""

    size: typing_extensions.NotRequired[
        typing.Union[RendersCreateBodySizeEnum, RendersCreateBodySizeEnumLiteral]
    ]
    """Output size."""

    quality: typing_extensions.NotRequired[
        typing.Union[RendersCreateBodyQualityEnum, RendersCreateBodyQualityEnumLiteral]
    ]
    """Quality level."""

    tone: typing_extensions.NotRequired[
        typing.Optional[
            typing.Union[RendersCreateBodyToneEnum, RendersCreateBodyToneEnumLiteral]
        ]
    ]
    """`tone` in the request body of `POST /renders`."""

    label: typing_extensions.NotRequired[
        typing.Union[RendersCreateBodyLabelEnum, RendersCreateBodyLabelEnumLiteral]
    ]
    """Labels that collide once case and punctuation are dropped."""

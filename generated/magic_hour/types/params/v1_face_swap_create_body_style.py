from __future__ import annotations

import typing

import typing_extensions

from ..enums.v1_face_swap_create_body_style_version_enum import (
    V1FaceSwapCreateBodyStyleVersionEnum,
    V1FaceSwapCreateBodyStyleVersionEnumLiteral,
)


class V1FaceSwapCreateBodyStyle(typing_extensions.TypedDict):
    """Style of the face swap video."""

    version: typing_extensions.NotRequired[
        typing.Union[
            V1FaceSwapCreateBodyStyleVersionEnum,
            V1FaceSwapCreateBodyStyleVersionEnumLiteral,
        ]
    ]
    """* `v1` - May preserve skin detail and texture better, but weaker identity preservation.
    * `v2` - Faster, sharper, better handling of hair and glasses. stronger identity preservation.
    * `default` - Use the version we recommend, which will change over time. This is recommended unless you need a specific earlier version. This is the default behavior.
    """

from __future__ import annotations

import typing

import typing_extensions

from ..enums.v1_ai_clothes_changer_create_body_assets_garment_type_enum import (
    V1AiClothesChangerCreateBodyAssetsGarmentTypeEnum,
    V1AiClothesChangerCreateBodyAssetsGarmentTypeEnumLiteral,
)


class V1AiClothesChangerCreateBodyAssets(typing_extensions.TypedDict):
    """Provide the assets for clothes changer"""

    person_file_path: str
    """The image with the person. This value is either
    - a direct URL to the video file
    - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls).

    See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file) for details.
    """

    garment_file_path: str
    """The image of the outfit. This value is either
    - a direct URL to the video file
    - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls).

    See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file) for details.
    """

    garment_type: typing_extensions.NotRequired[
        typing.Union[
            V1AiClothesChangerCreateBodyAssetsGarmentTypeEnum,
            V1AiClothesChangerCreateBodyAssetsGarmentTypeEnumLiteral,
        ]
    ]
    """Type of garment to swap. If not provided, swaps the entire outfit.
    * `upper_body` - for shirts/jackets
    * `lower_body` - for pants/skirts
    * `entire_outfit` - for entire outfit"""

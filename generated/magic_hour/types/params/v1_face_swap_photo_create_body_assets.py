from __future__ import annotations

import typing

import typing_extensions

from ..enums.v1_face_swap_photo_create_body_assets_face_swap_mode_enum import (
    V1FaceSwapPhotoCreateBodyAssetsFaceSwapModeEnum,
    V1FaceSwapPhotoCreateBodyAssetsFaceSwapModeEnumLiteral,
)
from .v1_face_swap_photo_create_body_assets_face_mappings_item import (
    V1FaceSwapPhotoCreateBodyAssetsFaceMappingsItem,
)


class V1FaceSwapPhotoCreateBodyAssets(typing_extensions.TypedDict):
    """Provide the assets for face swap photo"""

    face_swap_mode: typing_extensions.NotRequired[
        typing.Union[
            V1FaceSwapPhotoCreateBodyAssetsFaceSwapModeEnum,
            V1FaceSwapPhotoCreateBodyAssetsFaceSwapModeEnumLiteral,
        ]
    ]
    """Choose how to swap faces:
    **all-faces** (recommended) — swap all detected faces using one source image (`source_file_path` required)
    +- **individual-faces** — specify exact mappings using `face_mappings`"""

    source_file_path: typing_extensions.NotRequired[str]
    """This is the image from which the face is extracted. The value is required if `face_swap_mode` is `all-faces`.

    This value is either
    - a direct URL to the video file
    - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls).

    See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file) for details.
    """

    face_mappings: typing_extensions.NotRequired[
        typing.Sequence[V1FaceSwapPhotoCreateBodyAssetsFaceMappingsItem]
    ]
    """This is the array of face mappings used for multiple face swap. The value is required if `face_swap_mode` is `individual-faces`."""

    target_file_path: str
    """This is the image where the face from the source image will be placed. This value is either
    - a direct URL to the video file
    - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls).

    See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file) for details.
    """

from __future__ import annotations

import typing

import typing_extensions

from ..enums.v1_face_swap_create_body_assets_face_swap_mode_enum import (
    V1FaceSwapCreateBodyAssetsFaceSwapModeEnum,
    V1FaceSwapCreateBodyAssetsFaceSwapModeEnumLiteral,
)
from ..enums.v1_face_swap_create_body_assets_video_source_enum import (
    V1FaceSwapCreateBodyAssetsVideoSourceEnum,
    V1FaceSwapCreateBodyAssetsVideoSourceEnumLiteral,
)
from .v1_face_swap_create_body_assets_face_mappings_item import (
    V1FaceSwapCreateBodyAssetsFaceMappingsItem,
)


class V1FaceSwapCreateBodyAssets(typing_extensions.TypedDict):
    """Provide the assets for face swap. For video, The `video_source` field determines whether `video_file_path` or `youtube_url` field is used"""

    face_swap_mode: typing_extensions.NotRequired[
        typing.Union[
            V1FaceSwapCreateBodyAssetsFaceSwapModeEnum,
            V1FaceSwapCreateBodyAssetsFaceSwapModeEnumLiteral,
        ]
    ]
    """Choose how to swap faces:
    **all-faces** (recommended) — swap all detected faces using one source image (`source_file_path` required)
    +- **individual-faces** — specify exact mappings using `face_mappings`"""

    image_file_path: typing_extensions.NotRequired[str]
    """The path of the input image with the face to be swapped.  The value is required if `face_swap_mode` is `all-faces`.

    This value is either
    - a direct URL to the video file
    - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls).

    See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file) for details.
    """

    face_mappings: typing_extensions.NotRequired[
        typing.Sequence[V1FaceSwapCreateBodyAssetsFaceMappingsItem]
    ]
    """This is the array of face mappings used for multiple face swap. The value is required if `face_swap_mode` is `individual-faces`."""

    video_source: typing.Union[
        V1FaceSwapCreateBodyAssetsVideoSourceEnum,
        V1FaceSwapCreateBodyAssetsVideoSourceEnumLiteral,
    ]
    """Choose your video source."""

    video_file_path: typing_extensions.NotRequired[str]
    """Your video file. Required if `video_source` is `file`. This value is either
    - a direct URL to the video file
    - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls).

    See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file) for details.
    """

    youtube_url: typing_extensions.NotRequired[str]
    """YouTube URL (required if `video_source` is `youtube`)."""

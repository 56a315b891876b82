from __future__ import annotations

import typing_extensions

from .v1_face_swap_photo_create_body_assets import V1FaceSwapPhotoCreateBodyAssets


class V1FaceSwapPhotoCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/face-swap-photo`."""

    name: typing_extensions.NotRequired[str]
    """Give your image a custom name for easy identification."""

    assets: V1FaceSwapPhotoCreateBodyAssets
    """Provide the assets for face swap photo"""

from __future__ import annotations

import typing_extensions

from .v1_image_background_remover_create_body_assets import (
    V1ImageBackgroundRemoverCreateBodyAssets,
)


class V1ImageBackgroundRemoverCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/image-background-remover`."""

    name: typing_extensions.NotRequired[str]
    """Give your image a custom name for easy identification."""

    assets: V1ImageBackgroundRemoverCreateBodyAssets
    """Provide the assets for background removal"""

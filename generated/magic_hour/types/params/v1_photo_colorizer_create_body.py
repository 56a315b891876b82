from __future__ import annotations

import typing_extensions

from .v1_photo_colorizer_create_body_assets import V1PhotoColorizerCreateBodyAssets


class V1PhotoColorizerCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/photo-colorizer`."""

    name: typing_extensions.NotRequired[str]
    """Give your image a custom name for easy identification."""

    assets: V1PhotoColorizerCreateBodyAssets
    """Provide the assets for photo colorization"""

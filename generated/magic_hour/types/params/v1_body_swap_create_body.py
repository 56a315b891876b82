from __future__ import annotations

import typing

import typing_extensions

from ..enums.v1_body_swap_create_body_resolution_enum import (
    V1BodySwapCreateBodyResolutionEnum,
    V1BodySwapCreateBodyResolutionEnumLiteral,
)
from .v1_body_swap_create_body_assets import V1BodySwapCreateBodyAssets


class V1BodySwapCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/body-swap`."""

    name: typing_extensions.NotRequired[str]
    """Give your image a custom name for easy identification."""

    resolution: typing.Union[
        V1BodySwapCreateBodyResolutionEnum, V1BodySwapCreateBodyResolutionEnumLiteral
    ]
    """Output resolution. Determines credits charged for the run."""

    assets: V1BodySwapCreateBodyAssets
    """Person image and scene image for body swap"""

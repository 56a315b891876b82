"""`client.v1`: resource group."""

from __future__ import annotations

import functools
import typing

from ..._base_client import AsyncCore, SyncCore

if typing.TYPE_CHECKING:
    from .ai_image_generator import (
        AsyncAiImageGeneratorResource,
        AiImageGeneratorResource,
    )
    from .image_projects import AsyncImageProjectsResource, ImageProjectsResource


class V1Resource:
    """Methods of `client.v1`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @functools.cached_property
    def ai_image_generator(self) -> AiImageGeneratorResource:
        from .ai_image_generator import AiImageGeneratorResource

        return AiImageGeneratorResource(self._core)

    @functools.cached_property
    def image_projects(self) -> ImageProjectsResource:
        from .image_projects import ImageProjectsResource

        return ImageProjectsResource(self._core)


class AsyncV1Resource:
    """Async methods of `client.v1`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @functools.cached_property
    def ai_image_generator(self) -> AsyncAiImageGeneratorResource:
        from .ai_image_generator import AsyncAiImageGeneratorResource

        return AsyncAiImageGeneratorResource(self._core)

    @functools.cached_property
    def image_projects(self) -> AsyncImageProjectsResource:
        from .image_projects import AsyncImageProjectsResource

        return AsyncImageProjectsResource(self._core)

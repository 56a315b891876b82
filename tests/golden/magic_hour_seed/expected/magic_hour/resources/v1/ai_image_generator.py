"""`client.v1.ai_image_generator`: AI Image Generator."""

from __future__ import annotations

import os
import typing

import typing_extensions

from ..._base_client import AsyncCore, SyncCore, check_body
from ..._deprecation import Rule, warn_deprecated
from ..._jobs import (
    Call,
    DEFAULT_MAX_DOWNLOAD_BYTES,
    DEFAULT_WAIT_TIMEOUT,
    Workflow,
    arun_job,
    run_job,
)
from ..._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from ..._types import RequestOptions
from ...types import models, params

_ERRORS: typing.Dict[str, object] = {
    "400": models.BadRequestBody,
    "401": models.UnauthorizedBody,
    "402": models.PaymentRequiredBody,
    "404": models.NotFoundBody,
    "422": models.UnprocessableEntityBody,
}
_CREATE_DEPRECATIONS: typing.Tuple[Rule, ...] = (
    (
        ("model",),
        "seedream",
        "`model='seedream'` of `POST /v1/ai-image-generator` is deprecated; use 'seedream-v4' instead.",
    ),
    (
        ("resolution",),
        "auto",
        "`resolution='auto'` of `POST /v1/ai-image-generator` is deprecated: Mapped server-side from your subscription tier to the best matching resolution the model supports",
    ),
)
_CREATE_JOB = Workflow(
    Call("resources.v1.image_projects", "ImageProjectsResource", "get"),
    id_param="id",
    id_attr="id",
    status_attr="status",
    success=("complete",),
    failure=("error", "canceled"),
    outputs=("downloads", "url"),
    poll_interval_env="MAGIC_HOUR_POLL_INTERVAL",
)


class AiImageGeneratorResource:
    """Methods of `client.v1.ai_image_generator`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AiImageGeneratorResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AiImageGeneratorResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AiImageGeneratorResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return AiImageGeneratorResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1AiImageGeneratorCreateBody],
    ) -> models.V1AiImageGeneratorCreateResponse:
        """AI Image Generator

        Create an AI image with advanced model selection and quality controls.

        `POST /v1/ai-image-generator`

        Args:
            image_count: Number of images to generate. Maximum varies by model.
            style: The art style to use for image generation.
            name: Give your image a custom name for easy identification.
            model: The AI model to use for image generation. Each model has different capabilities and costs.

                **Models:**
                - `default` - Use the model we recommend, which will change over time. This is recommended unless you need a specific model. This is the default behavior.
                - `flux-schnell` - from 5 credits/image
                  - Supported resolutions: 640px, 1k, 2k
                  - Available for tiers: free, creator, pro, business
                  - Image count allowed: 1, 2, 3, 4
                - `z-image-turbo` - from 5 credits/image
                  - Supported resolutions: 640px, 1k, 2k
                  - Available for tiers: free, creator, pro, business
                  - Image count allowed: 1, 2, 3, 4
                - `seedream-v4` - from 40 credits/image
                  - Supported resolutions: 640px, 1k, 2k, 4k
                  - Available for tiers: free, creator, pro, business
                  - Image count allowed: 1, 2, 3, 4
                - `nano-banana` - from 50 credits/image
                  - Supported resolutions: 640px, 1k
                  - Available for tiers: free, creator, pro, business
                  - Image count allowed: 1, 2, 3, 4
                - `nano-banana-2` - from 100 credits/image
                  - Supported resolutions: 640px, 1k, 2k, 4k
                  - Available for tiers: free, creator, pro, business
                  - Image count allowed: 1, 4, 9, 16
                - `nano-banana-pro` - from 150 credits/image
                  - Supported resolutions: 1k, 2k, 4k
                  - Available for tiers: creator, pro, business
                  - Image count allowed: 1, 4, 9, 16
                - `gpt-image-2` - from 50 credits/image
                  - Supported resolutions: 640px, 1k, 2k, 4k
                  - Available for tiers: creator, pro, business
                  - Image count allowed: 1, 2, 3, 4
                Deprecated values: `seedream` (use `seedream-v4`).

            aspect_ratio: The aspect ratio of the output image(s). If not specified, defaults to `1:1` (square).
            resolution: Maximum resolution (longest edge) for the output image.

                **Options:**
                - `640px` — up to 640px
                - `1k` — up to 1024px
                - `2k` — up to 2048px
                - `4k` — up to 4096px

                **Per-model support:**
                - `flux-schnell` - 640px, 1k, 2k
                - `z-image-turbo` - 640px, 1k, 2k
                - `seedream-v4` - 640px, 1k, 2k, 4k
                - `nano-banana` - 640px, 1k
                - `nano-banana-2` - 640px, 1k, 2k, 4k
                - `nano-banana-pro` - 1k, 2k, 4k
                - `gpt-image-2` - 640px, 1k, 2k, 4k

                Note: Resolution availability depends on the model and your subscription tier.
                Deprecated values: `auto`.

            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1AiImageGeneratorCreateResponse`: Success

        Example:
            ```python
            client.v1.ai_image_generator.create(
                image_count=1,
                style={"prompt": "Cool image", "tool": "ai-anime-generator"},
                name="My Ai Image image",
                model="default",
                aspect_ratio="1:1",
                resolution="640px",
            )
            ```
        """
        check_body("create", body, params.V1AiImageGeneratorCreateBody)
        warn_deprecated(body, _CREATE_DEPRECATIONS)
        return self._core.request(
            "POST",
            "/v1/ai-image-generator",
            json=body,
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1AiImageGeneratorCreateResponse,
            options=request_options,
        )

    def generate(
        self,
        *,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: typing.Union[str, os.PathLike[str], None] = None,
        wait_timeout: typing.Optional[float] = DEFAULT_WAIT_TIMEOUT,
        overwrite: bool = False,
        max_download_bytes: typing.Optional[int] = DEFAULT_MAX_DOWNLOAD_BYTES,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1AiImageGeneratorCreateBody],
    ) -> models.V1ImageProjectsGetResponseWithDownloads:
        """AI Image Generator, then wait for the result and download it

        Calls `create()` with the same arguments, then polls `get()` until the
        job's `status` is one of `complete`, `error`, `canceled`, backing off
        between polls and retrying transient failures, and finally downloads every output.

        Args:
            (every argument of `create()`)
            wait_for_completion: Poll until the job ends; if False, return the state after one poll.
            download_outputs: Download the outputs of a successful job.
            download_directory: Where to save them (default: the current directory). File names come
                from the server but never leave this directory; an existing file is kept and the
                download gets a free name (`name-1.png`) unless `overwrite` is True.
            wait_timeout: Seconds to wait for the job before raising `WaitTimeoutError`; `None` waits
                forever.
            overwrite: Replace existing files with the same name.
            max_download_bytes: The largest file to download (default 10 GiB; `None`: no limit). A bigger
                one raises `DownloadError` and leaves nothing on disk.
            request_options: Per-request overrides for every call this makes (downloads take only the
                timeout and retries).

        Returns:
            `models.V1ImageProjectsGetResponseWithDownloads`: the final state of the job, with `downloaded_paths`. A job
            that ended in `error` or `canceled` is returned too (nothing is downloaded):
            check `status`.

        Example:
            ```python
            client.v1.ai_image_generator.generate(
                image_count=1,
                style={"prompt": "Cool image", "tool": "ai-anime-generator"},
                name="My Ai Image image",
                model="default",
                aspect_ratio="1:1",
                resolution="640px",
                wait_for_completion=True,
                download_outputs=True,
                download_directory=".",
            )
            ```
        """
        return run_job(
            self._core,
            _CREATE_JOB,
            self.create,
            body,
            models.V1ImageProjectsGetResponseWithDownloads,
            wait_for_completion=wait_for_completion,
            download_outputs=download_outputs,
            download_directory=download_directory,
            wait_timeout=wait_timeout,
            overwrite=overwrite,
            max_download_bytes=max_download_bytes,
            request_options=request_options,
        )


class AiImageGeneratorResourceWithRawResponse:
    """`client.v1.ai_image_generator.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AiImageGeneratorResource) -> None:
        self.create = to_raw_response(resource.create)


class AiImageGeneratorResourceWithStreamingResponse:
    """`client.v1.ai_image_generator.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: AiImageGeneratorResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncAiImageGeneratorResource:
    """Async methods of `client.v1.ai_image_generator`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncAiImageGeneratorResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncAiImageGeneratorResourceWithRawResponse(self)

    @property
    def with_streaming_response(
        self,
    ) -> AsyncAiImageGeneratorResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncAiImageGeneratorResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1AiImageGeneratorCreateBody],
    ) -> models.V1AiImageGeneratorCreateResponse:
        """AI Image Generator

        Create an AI image with advanced model selection and quality controls.

        `POST /v1/ai-image-generator`

        Args:
            image_count: Number of images to generate. Maximum varies by model.
            style: The art style to use for image generation.
            name: Give your image a custom name for easy identification.
            model: The AI model to use for image generation. Each model has different capabilities and costs.

                **Models:**
                - `default` - Use the model we recommend, which will change over time. This is recommended unless you need a specific model. This is the default behavior.
                - `flux-schnell` - from 5 credits/image
                  - Supported resolutions: 640px, 1k, 2k
                  - Available for tiers: free, creator, pro, business
                  - Image count allowed: 1, 2, 3, 4
                - `z-image-turbo` - from 5 credits/image
                  - Supported resolutions: 640px, 1k, 2k
                  - Available for tiers: free, creator, pro, business
                  - Image count allowed: 1, 2, 3, 4
                - `seedream-v4` - from 40 credits/image
                  - Supported resolutions: 640px, 1k, 2k, 4k
                  - Available for tiers: free, creator, pro, business
                  - Image count allowed: 1, 2, 3, 4
                - `nano-banana` - from 50 credits/image
                  - Supported resolutions: 640px, 1k
                  - Available for tiers: free, creator, pro, business
                  - Image count allowed: 1, 2, 3, 4
                - `nano-banana-2` - from 100 credits/image
                  - Supported resolutions: 640px, 1k, 2k, 4k
                  - Available for tiers: free, creator, pro, business
                  - Image count allowed: 1, 4, 9, 16
                - `nano-banana-pro` - from 150 credits/image
                  - Supported resolutions: 1k, 2k, 4k
                  - Available for tiers: creator, pro, business
                  - Image count allowed: 1, 4, 9, 16
                - `gpt-image-2` - from 50 credits/image
                  - Supported resolutions: 640px, 1k, 2k, 4k
                  - Available for tiers: creator, pro, business
                  - Image count allowed: 1, 2, 3, 4
                Deprecated values: `seedream` (use `seedream-v4`).

            aspect_ratio: The aspect ratio of the output image(s). If not specified, defaults to `1:1` (square).
            resolution: Maximum resolution (longest edge) for the output image.

                **Options:**
                - `640px` — up to 640px
                - `1k` — up to 1024px
                - `2k` — up to 2048px
                - `4k` — up to 4096px

                **Per-model support:**
                - `flux-schnell` - 640px, 1k, 2k
                - `z-image-turbo` - 640px, 1k, 2k
                - `seedream-v4` - 640px, 1k, 2k, 4k
                - `nano-banana` - 640px, 1k
                - `nano-banana-2` - 640px, 1k, 2k, 4k
                - `nano-banana-pro` - 1k, 2k, 4k
                - `gpt-image-2` - 640px, 1k, 2k, 4k

                Note: Resolution availability depends on the model and your subscription tier.
                Deprecated values: `auto`.

            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1AiImageGeneratorCreateResponse`: Success

        Example:
            ```python
            await client.v1.ai_image_generator.create(
                image_count=1,
                style={"prompt": "Cool image", "tool": "ai-anime-generator"},
                name="My Ai Image image",
                model="default",
                aspect_ratio="1:1",
                resolution="640px",
            )
            ```
        """
        check_body("create", body, params.V1AiImageGeneratorCreateBody)
        warn_deprecated(body, _CREATE_DEPRECATIONS)
        return await self._core.request(
            "POST",
            "/v1/ai-image-generator",
            json=body,
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1AiImageGeneratorCreateResponse,
            options=request_options,
        )

    async def generate(
        self,
        *,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: typing.Union[str, os.PathLike[str], None] = None,
        wait_timeout: typing.Optional[float] = DEFAULT_WAIT_TIMEOUT,
        overwrite: bool = False,
        max_download_bytes: typing.Optional[int] = DEFAULT_MAX_DOWNLOAD_BYTES,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1AiImageGeneratorCreateBody],
    ) -> models.V1ImageProjectsGetResponseWithDownloads:
        """AI Image Generator, then wait for the result and download it

        Calls `create()` with the same arguments, then polls `get()` until the
        job's `status` is one of `complete`, `error`, `canceled`, backing off
        between polls and retrying transient failures, and finally downloads every output.

        Args:
            (every argument of `create()`)
            wait_for_completion: Poll until the job ends; if False, return the state after one poll.
            download_outputs: Download the outputs of a successful job.
            download_directory: Where to save them (default: the current directory). File names come
                from the server but never leave this directory; an existing file is kept and the
                download gets a free name (`name-1.png`) unless `overwrite` is True.
            wait_timeout: Seconds to wait for the job before raising `WaitTimeoutError`; `None` waits
                forever.
            overwrite: Replace existing files with the same name.
            max_download_bytes: The largest file to download (default 10 GiB; `None`: no limit). A bigger
                one raises `DownloadError` and leaves nothing on disk.
            request_options: Per-request overrides for every call this makes (downloads take only the
                timeout and retries).

        Returns:
            `models.V1ImageProjectsGetResponseWithDownloads`: the final state of the job, with `downloaded_paths`. A job
            that ended in `error` or `canceled` is returned too (nothing is downloaded):
            check `status`.

        Example:
            ```python
            await client.v1.ai_image_generator.generate(
                image_count=1,
                style={"prompt": "Cool image", "tool": "ai-anime-generator"},
                name="My Ai Image image",
                model="default",
                aspect_ratio="1:1",
                resolution="640px",
                wait_for_completion=True,
                download_outputs=True,
                download_directory=".",
            )
            ```
        """
        return await arun_job(
            self._core,
            _CREATE_JOB,
            self.create,
            body,
            models.V1ImageProjectsGetResponseWithDownloads,
            wait_for_completion=wait_for_completion,
            download_outputs=download_outputs,
            download_directory=download_directory,
            wait_timeout=wait_timeout,
            overwrite=overwrite,
            max_download_bytes=max_download_bytes,
            request_options=request_options,
        )


class AsyncAiImageGeneratorResourceWithRawResponse:
    """`client.v1.ai_image_generator.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncAiImageGeneratorResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncAiImageGeneratorResourceWithStreamingResponse:
    """`client.v1.ai_image_generator.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncAiImageGeneratorResource) -> None:
        self.create = async_to_streamed_response(resource.create)

"""`client.v1.ai_gif_generator`: AI GIF Generator."""

from __future__ import annotations

import os
import typing

import typing_extensions

from ..._base_client import AsyncCore, SyncCore, check_body
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


class AiGifGeneratorResource:
    """Methods of `client.v1.ai_gif_generator`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AiGifGeneratorResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AiGifGeneratorResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AiGifGeneratorResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return AiGifGeneratorResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1AiGifGeneratorCreateBody],
    ) -> models.V1AiGifGeneratorCreateResponse:
        """AI GIF Generator

        Create an AI GIF. Each GIF costs 50 credits.

        `POST /v1/ai-gif-generator`

        Args:
            style: `style` in the request body.
            name: Give your gif a custom name for easy identification.
            output_format: The output file format for the generated animation.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1AiGifGeneratorCreateResponse`: Success

        Example:
            ```python
            client.v1.ai_gif_generator.create(
                style={"prompt": "Cute dancing cat, pixel art"},
                name="My Ai Gif gif",
                output_format="gif",
            )
            ```
        """
        check_body("create", body, params.V1AiGifGeneratorCreateBody)
        return self._core.request(
            "POST",
            "/v1/ai-gif-generator",
            json=body,
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1AiGifGeneratorCreateResponse,
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
        **body: typing_extensions.Unpack[params.V1AiGifGeneratorCreateBody],
    ) -> models.V1ImageProjectsGetResponseWithDownloads:
        """AI GIF Generator, then wait for the result and download it

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
            client.v1.ai_gif_generator.generate(
                style={"prompt": "Cute dancing cat, pixel art"},
                name="My Ai Gif gif",
                output_format="gif",
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


class AiGifGeneratorResourceWithRawResponse:
    """`client.v1.ai_gif_generator.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AiGifGeneratorResource) -> None:
        self.create = to_raw_response(resource.create)


class AiGifGeneratorResourceWithStreamingResponse:
    """`client.v1.ai_gif_generator.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: AiGifGeneratorResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncAiGifGeneratorResource:
    """Async methods of `client.v1.ai_gif_generator`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncAiGifGeneratorResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncAiGifGeneratorResourceWithRawResponse(self)

    @property
    def with_streaming_response(
        self,
    ) -> AsyncAiGifGeneratorResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncAiGifGeneratorResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1AiGifGeneratorCreateBody],
    ) -> models.V1AiGifGeneratorCreateResponse:
        """AI GIF Generator

        Create an AI GIF. Each GIF costs 50 credits.

        `POST /v1/ai-gif-generator`

        Args:
            style: `style` in the request body.
            name: Give your gif a custom name for easy identification.
            output_format: The output file format for the generated animation.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1AiGifGeneratorCreateResponse`: Success

        Example:
            ```python
            await client.v1.ai_gif_generator.create(
                style={"prompt": "Cute dancing cat, pixel art"},
                name="My Ai Gif gif",
                output_format="gif",
            )
            ```
        """
        check_body("create", body, params.V1AiGifGeneratorCreateBody)
        return await self._core.request(
            "POST",
            "/v1/ai-gif-generator",
            json=body,
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1AiGifGeneratorCreateResponse,
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
        **body: typing_extensions.Unpack[params.V1AiGifGeneratorCreateBody],
    ) -> models.V1ImageProjectsGetResponseWithDownloads:
        """AI GIF Generator, then wait for the result and download it

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
            await client.v1.ai_gif_generator.generate(
                style={"prompt": "Cute dancing cat, pixel art"},
                name="My Ai Gif gif",
                output_format="gif",
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


class AsyncAiGifGeneratorResourceWithRawResponse:
    """`client.v1.ai_gif_generator.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncAiGifGeneratorResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncAiGifGeneratorResourceWithStreamingResponse:
    """`client.v1.ai_gif_generator.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncAiGifGeneratorResource) -> None:
        self.create = async_to_streamed_response(resource.create)

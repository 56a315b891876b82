"""`client.v1.ai_qr_code_generator`: AI QR Code Generator."""

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


class AiQrCodeGeneratorResource:
    """Methods of `client.v1.ai_qr_code_generator`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AiQrCodeGeneratorResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AiQrCodeGeneratorResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AiQrCodeGeneratorResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return AiQrCodeGeneratorResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1AiQrCodeGeneratorCreateBody],
    ) -> models.V1AiQrCodeGeneratorCreateResponse:
        """AI QR Code Generator

        Create an AI QR code. Each QR code costs 0 credits.

        `POST /v1/ai-qr-code-generator`

        Args:
            content: The content of the QR code.
            style: `style` in the request body.
            name: Give your image a custom name for easy identification.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1AiQrCodeGeneratorCreateResponse`: Success

        Example:
            ```python
            client.v1.ai_qr_code_generator.create(
                content="https://magichour.ai",
                style={"art_style": "Watercolor"},
                name="My Qr Code image",
            )
            ```
        """
        check_body("create", body, params.V1AiQrCodeGeneratorCreateBody)
        return self._core.request(
            "POST",
            "/v1/ai-qr-code-generator",
            json=body,
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1AiQrCodeGeneratorCreateResponse,
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
        **body: typing_extensions.Unpack[params.V1AiQrCodeGeneratorCreateBody],
    ) -> models.V1ImageProjectsGetResponseWithDownloads:
        """AI QR Code Generator, then wait for the result and download it

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
            client.v1.ai_qr_code_generator.generate(
                content="https://magichour.ai",
                style={"art_style": "Watercolor"},
                name="My Qr Code image",
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


class AiQrCodeGeneratorResourceWithRawResponse:
    """`client.v1.ai_qr_code_generator.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AiQrCodeGeneratorResource) -> None:
        self.create = to_raw_response(resource.create)


class AiQrCodeGeneratorResourceWithStreamingResponse:
    """`client.v1.ai_qr_code_generator.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: AiQrCodeGeneratorResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncAiQrCodeGeneratorResource:
    """Async methods of `client.v1.ai_qr_code_generator`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncAiQrCodeGeneratorResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncAiQrCodeGeneratorResourceWithRawResponse(self)

    @property
    def with_streaming_response(
        self,
    ) -> AsyncAiQrCodeGeneratorResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncAiQrCodeGeneratorResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1AiQrCodeGeneratorCreateBody],
    ) -> models.V1AiQrCodeGeneratorCreateResponse:
        """AI QR Code Generator

        Create an AI QR code. Each QR code costs 0 credits.

        `POST /v1/ai-qr-code-generator`

        Args:
            content: The content of the QR code.
            style: `style` in the request body.
            name: Give your image a custom name for easy identification.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1AiQrCodeGeneratorCreateResponse`: Success

        Example:
            ```python
            await client.v1.ai_qr_code_generator.create(
                content="https://magichour.ai",
                style={"art_style": "Watercolor"},
                name="My Qr Code image",
            )
            ```
        """
        check_body("create", body, params.V1AiQrCodeGeneratorCreateBody)
        return await self._core.request(
            "POST",
            "/v1/ai-qr-code-generator",
            json=body,
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1AiQrCodeGeneratorCreateResponse,
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
        **body: typing_extensions.Unpack[params.V1AiQrCodeGeneratorCreateBody],
    ) -> models.V1ImageProjectsGetResponseWithDownloads:
        """AI QR Code Generator, then wait for the result and download it

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
            await client.v1.ai_qr_code_generator.generate(
                content="https://magichour.ai",
                style={"art_style": "Watercolor"},
                name="My Qr Code image",
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


class AsyncAiQrCodeGeneratorResourceWithRawResponse:
    """`client.v1.ai_qr_code_generator.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncAiQrCodeGeneratorResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncAiQrCodeGeneratorResourceWithStreamingResponse:
    """`client.v1.ai_qr_code_generator.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncAiQrCodeGeneratorResource) -> None:
        self.create = async_to_streamed_response(resource.create)

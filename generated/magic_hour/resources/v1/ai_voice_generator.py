"""`client.v1.ai_voice_generator`: AI Voice Generator."""

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
    Call("resources.v1.audio_projects", "AudioProjectsResource", "get"),
    id_param="id",
    id_attr="id",
    status_attr="status",
    success=("complete",),
    failure=("error", "canceled"),
    outputs=("downloads", "url"),
    poll_interval_env="MAGIC_HOUR_POLL_INTERVAL",
)


class AiVoiceGeneratorResource:
    """Methods of `client.v1.ai_voice_generator`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AiVoiceGeneratorResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AiVoiceGeneratorResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AiVoiceGeneratorResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return AiVoiceGeneratorResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1AiVoiceGeneratorCreateBody],
    ) -> models.V1AiVoiceGeneratorCreateResponse:
        """AI Voice Generator

        Generate speech from text. Each character costs 0.05 credits. The cost is rounded up to the nearest whole number.

        `POST /v1/ai-voice-generator`

        Args:
            style: The content used to generate speech.
            name: Give your audio a custom name for easy identification.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1AiVoiceGeneratorCreateResponse`: Success

        Example:
            ```python
            client.v1.ai_voice_generator.create(
                style={"prompt": "Hello, how are you?", "voice_name": "Elon Musk"},
                name="My Voice Generator audio",
            )
            ```
        """
        check_body("create", body, params.V1AiVoiceGeneratorCreateBody)
        return self._core.request(
            "POST",
            "/v1/ai-voice-generator",
            json=body,
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1AiVoiceGeneratorCreateResponse,
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
        **body: typing_extensions.Unpack[params.V1AiVoiceGeneratorCreateBody],
    ) -> models.V1AudioProjectsGetResponseWithDownloads:
        """AI Voice Generator, then wait for the result and download it

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
            `models.V1AudioProjectsGetResponseWithDownloads`: the final state of the job, with `downloaded_paths`. A job
            that ended in `error` or `canceled` is returned too (nothing is downloaded):
            check `status`.

        Example:
            ```python
            client.v1.ai_voice_generator.generate(
                style={"prompt": "Hello, how are you?", "voice_name": "Elon Musk"},
                name="My Voice Generator audio",
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
            models.V1AudioProjectsGetResponseWithDownloads,
            wait_for_completion=wait_for_completion,
            download_outputs=download_outputs,
            download_directory=download_directory,
            wait_timeout=wait_timeout,
            overwrite=overwrite,
            max_download_bytes=max_download_bytes,
            request_options=request_options,
        )


class AiVoiceGeneratorResourceWithRawResponse:
    """`client.v1.ai_voice_generator.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AiVoiceGeneratorResource) -> None:
        self.create = to_raw_response(resource.create)


class AiVoiceGeneratorResourceWithStreamingResponse:
    """`client.v1.ai_voice_generator.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: AiVoiceGeneratorResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncAiVoiceGeneratorResource:
    """Async methods of `client.v1.ai_voice_generator`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncAiVoiceGeneratorResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncAiVoiceGeneratorResourceWithRawResponse(self)

    @property
    def with_streaming_response(
        self,
    ) -> AsyncAiVoiceGeneratorResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncAiVoiceGeneratorResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1AiVoiceGeneratorCreateBody],
    ) -> models.V1AiVoiceGeneratorCreateResponse:
        """AI Voice Generator

        Generate speech from text. Each character costs 0.05 credits. The cost is rounded up to the nearest whole number.

        `POST /v1/ai-voice-generator`

        Args:
            style: The content used to generate speech.
            name: Give your audio a custom name for easy identification.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1AiVoiceGeneratorCreateResponse`: Success

        Example:
            ```python
            await client.v1.ai_voice_generator.create(
                style={"prompt": "Hello, how are you?", "voice_name": "Elon Musk"},
                name="My Voice Generator audio",
            )
            ```
        """
        check_body("create", body, params.V1AiVoiceGeneratorCreateBody)
        return await self._core.request(
            "POST",
            "/v1/ai-voice-generator",
            json=body,
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1AiVoiceGeneratorCreateResponse,
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
        **body: typing_extensions.Unpack[params.V1AiVoiceGeneratorCreateBody],
    ) -> models.V1AudioProjectsGetResponseWithDownloads:
        """AI Voice Generator, then wait for the result and download it

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
            `models.V1AudioProjectsGetResponseWithDownloads`: the final state of the job, with `downloaded_paths`. A job
            that ended in `error` or `canceled` is returned too (nothing is downloaded):
            check `status`.

        Example:
            ```python
            await client.v1.ai_voice_generator.generate(
                style={"prompt": "Hello, how are you?", "voice_name": "Elon Musk"},
                name="My Voice Generator audio",
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
            models.V1AudioProjectsGetResponseWithDownloads,
            wait_for_completion=wait_for_completion,
            download_outputs=download_outputs,
            download_directory=download_directory,
            wait_timeout=wait_timeout,
            overwrite=overwrite,
            max_download_bytes=max_download_bytes,
            request_options=request_options,
        )


class AsyncAiVoiceGeneratorResourceWithRawResponse:
    """`client.v1.ai_voice_generator.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncAiVoiceGeneratorResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncAiVoiceGeneratorResourceWithStreamingResponse:
    """`client.v1.ai_voice_generator.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncAiVoiceGeneratorResource) -> None:
        self.create = async_to_streamed_response(resource.create)

"""`client.v1.ai_voice_cloner`: AI Voice Cloner."""

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
from ..._uploads import Uploads
from ...types import enums, models, params

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
    upload=Uploads(
        Call("resources.v1.files.upload_urls", "UploadUrlsResource", "create"),
        items_arg="items",
        kind_key="type_",
        extension_key="extension",
        items_attr="items",
        url_attr="upload_url",
        path_attr="file_path",
        kind=enums.V1FilesUploadUrlsCreateBodyItemsItemTypeEnum,
        targets={
            "assets": ((("audio_file_path",), "audio"),),
        },
    ),
)


class AiVoiceClonerResource:
    """Methods of `client.v1.ai_voice_cloner`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AiVoiceClonerResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AiVoiceClonerResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AiVoiceClonerResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return AiVoiceClonerResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1AiVoiceClonerCreateBody],
    ) -> models.V1AiVoiceClonerCreateResponse:
        """AI Voice Cloner

        Clone a voice from an audio sample and generate speech.
        * Each character costs 0.05 credits.
        * The cost is rounded up to the nearest whole number

        `POST /v1/ai-voice-cloner`

        Args:
            assets: Provide the assets for voice cloning.
            style: `style` in the request body.
            name: Give your audio a custom name for easy identification.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1AiVoiceClonerCreateResponse`: Success

        Example:
            ```python
            client.v1.ai_voice_cloner.create(
                assets={"audio_file_path": "api-assets/id/1234.mp3"},
                style={"prompt": "Hello, this is my cloned voice."},
                name="My Voice Cloner audio",
            )
            ```
        """
        check_body("create", body, params.V1AiVoiceClonerCreateBody)
        return self._core.request(
            "POST",
            "/v1/ai-voice-cloner",
            json=body,
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1AiVoiceClonerCreateResponse,
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
        **body: typing_extensions.Unpack[params.V1AiVoiceClonerCreateBody],
    ) -> models.V1AudioProjectsGetResponseWithDownloads:
        """AI Voice Cloner, then wait for the result and download it

        Calls `create()` with the same arguments, then polls `get()` until the
        job's `status` is one of `complete`, `error`, `canceled`, backing off
        between polls and retrying transient failures, and finally downloads every output.
        File-path arguments may also be local paths: those files are uploaded first and their uploaded
        path is sent instead (URLs and already-uploaded paths pass through; your dicts are not changed).

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
            client.v1.ai_voice_cloner.generate(
                assets={"audio_file_path": "api-assets/id/1234.mp3"},
                style={"prompt": "Hello, this is my cloned voice."},
                name="My Voice Cloner audio",
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


class AiVoiceClonerResourceWithRawResponse:
    """`client.v1.ai_voice_cloner.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AiVoiceClonerResource) -> None:
        self.create = to_raw_response(resource.create)


class AiVoiceClonerResourceWithStreamingResponse:
    """`client.v1.ai_voice_cloner.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: AiVoiceClonerResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncAiVoiceClonerResource:
    """Async methods of `client.v1.ai_voice_cloner`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncAiVoiceClonerResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncAiVoiceClonerResourceWithRawResponse(self)

    @property
    def with_streaming_response(
        self,
    ) -> AsyncAiVoiceClonerResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncAiVoiceClonerResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1AiVoiceClonerCreateBody],
    ) -> models.V1AiVoiceClonerCreateResponse:
        """AI Voice Cloner

        Clone a voice from an audio sample and generate speech.
        * Each character costs 0.05 credits.
        * The cost is rounded up to the nearest whole number

        `POST /v1/ai-voice-cloner`

        Args:
            assets: Provide the assets for voice cloning.
            style: `style` in the request body.
            name: Give your audio a custom name for easy identification.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1AiVoiceClonerCreateResponse`: Success

        Example:
            ```python
            await client.v1.ai_voice_cloner.create(
                assets={"audio_file_path": "api-assets/id/1234.mp3"},
                style={"prompt": "Hello, this is my cloned voice."},
                name="My Voice Cloner audio",
            )
            ```
        """
        check_body("create", body, params.V1AiVoiceClonerCreateBody)
        return await self._core.request(
            "POST",
            "/v1/ai-voice-cloner",
            json=body,
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1AiVoiceClonerCreateResponse,
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
        **body: typing_extensions.Unpack[params.V1AiVoiceClonerCreateBody],
    ) -> models.V1AudioProjectsGetResponseWithDownloads:
        """AI Voice Cloner, then wait for the result and download it

        Calls `create()` with the same arguments, then polls `get()` until the
        job's `status` is one of `complete`, `error`, `canceled`, backing off
        between polls and retrying transient failures, and finally downloads every output.
        File-path arguments may also be local paths: those files are uploaded first and their uploaded
        path is sent instead (URLs and already-uploaded paths pass through; your dicts are not changed).

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
            await client.v1.ai_voice_cloner.generate(
                assets={"audio_file_path": "api-assets/id/1234.mp3"},
                style={"prompt": "Hello, this is my cloned voice."},
                name="My Voice Cloner audio",
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


class AsyncAiVoiceClonerResourceWithRawResponse:
    """`client.v1.ai_voice_cloner.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncAiVoiceClonerResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncAiVoiceClonerResourceWithStreamingResponse:
    """`client.v1.ai_voice_cloner.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncAiVoiceClonerResource) -> None:
        self.create = async_to_streamed_response(resource.create)

"""`client.v1.ai_talking_photo`: AI Talking Photo."""

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
from ..._uploads import Uploads
from ...types import enums, models, params

_ERRORS: typing.Dict[str, object] = {
    "400": models.BadRequestBody,
    "401": models.UnauthorizedBody,
    "402": models.PaymentRequiredBody,
    "404": models.NotFoundBody,
    "422": models.UnprocessableEntityBody,
}
_CREATE_DEPRECATIONS: typing.Tuple[Rule, ...] = (
    (
        ("style", "generation_mode"),
        "pro",
        "`style['generation_mode']='pro'` of `POST /v1/ai-talking-photo` is deprecated; use 'realistic' instead.",
    ),
    (
        ("style", "generation_mode"),
        "standard",
        "`style['generation_mode']='standard'` of `POST /v1/ai-talking-photo` is deprecated; use 'prompted' instead.",
    ),
    (
        ("style", "generation_mode"),
        "stable",
        "`style['generation_mode']='stable'` of `POST /v1/ai-talking-photo` is deprecated; use 'realistic' instead.",
    ),
    (
        ("style", "generation_mode"),
        "expressive",
        "`style['generation_mode']='expressive'` of `POST /v1/ai-talking-photo` is deprecated; use 'prompted' instead.",
    ),
)
_CREATE_JOB = Workflow(
    Call("resources.v1.video_projects", "VideoProjectsResource", "get"),
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
            "assets": (
                (("image_file_path",), "image"),
                (("audio_file_path",), "audio"),
            ),
        },
    ),
)


class AiTalkingPhotoResource:
    """Methods of `client.v1.ai_talking_photo`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AiTalkingPhotoResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AiTalkingPhotoResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AiTalkingPhotoResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return AiTalkingPhotoResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1AiTalkingPhotoCreateBody],
    ) -> models.V1AiTalkingPhotoCreateResponse:
        """AI Talking Photo

        Create a talking photo from an image and audio or text input.

        `POST /v1/ai-talking-photo`

        Args:
            start_seconds: The start time of the input audio in seconds. Maximum clip length depends on style.generation_mode: realistic 180s, prompted 45s.
            end_seconds: The end time of the input audio in seconds. Maximum clip length depends on style.generation_mode: realistic 180s, prompted 45s.
            assets: Provide the assets for creating a talking photo
            name: Give your image a custom name for easy identification.
            style: Attributes used to dictate the style of the output
            max_resolution: Constrains the larger dimension (height or width) of the output video. Allows you to set a lower resolution than your plan's maximum if desired. The value is capped by your plan's max resolution.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1AiTalkingPhotoCreateResponse`: Success

        Example:
            ```python
            client.v1.ai_talking_photo.create(
                start_seconds=0,
                end_seconds=15,
                assets={"image_file_path": "api-assets/id/1234.png", "audio_file_path": "api-assets/id/1234.mp3"},
                name="My Talking Photo image",
                max_resolution=1024,
            )
            ```
        """
        check_body("create", body, params.V1AiTalkingPhotoCreateBody)
        warn_deprecated(body, _CREATE_DEPRECATIONS)
        return self._core.request(
            "POST",
            "/v1/ai-talking-photo",
            json=body,
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1AiTalkingPhotoCreateResponse,
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
        **body: typing_extensions.Unpack[params.V1AiTalkingPhotoCreateBody],
    ) -> models.V1VideoProjectsGetResponseWithDownloads:
        """AI Talking Photo, then wait for the result and download it

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
            `models.V1VideoProjectsGetResponseWithDownloads`: the final state of the job, with `downloaded_paths`. A job
            that ended in `error` or `canceled` is returned too (nothing is downloaded):
            check `status`.

        Example:
            ```python
            client.v1.ai_talking_photo.generate(
                start_seconds=0,
                end_seconds=15,
                assets={"image_file_path": "api-assets/id/1234.png", "audio_file_path": "api-assets/id/1234.mp3"},
                name="My Talking Photo image",
                max_resolution=1024,
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
            models.V1VideoProjectsGetResponseWithDownloads,
            wait_for_completion=wait_for_completion,
            download_outputs=download_outputs,
            download_directory=download_directory,
            wait_timeout=wait_timeout,
            overwrite=overwrite,
            max_download_bytes=max_download_bytes,
            request_options=request_options,
        )


class AiTalkingPhotoResourceWithRawResponse:
    """`client.v1.ai_talking_photo.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AiTalkingPhotoResource) -> None:
        self.create = to_raw_response(resource.create)


class AiTalkingPhotoResourceWithStreamingResponse:
    """`client.v1.ai_talking_photo.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: AiTalkingPhotoResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncAiTalkingPhotoResource:
    """Async methods of `client.v1.ai_talking_photo`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncAiTalkingPhotoResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncAiTalkingPhotoResourceWithRawResponse(self)

    @property
    def with_streaming_response(
        self,
    ) -> AsyncAiTalkingPhotoResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncAiTalkingPhotoResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1AiTalkingPhotoCreateBody],
    ) -> models.V1AiTalkingPhotoCreateResponse:
        """AI Talking Photo

        Create a talking photo from an image and audio or text input.

        `POST /v1/ai-talking-photo`

        Args:
            start_seconds: The start time of the input audio in seconds. Maximum clip length depends on style.generation_mode: realistic 180s, prompted 45s.
            end_seconds: The end time of the input audio in seconds. Maximum clip length depends on style.generation_mode: realistic 180s, prompted 45s.
            assets: Provide the assets for creating a talking photo
            name: Give your image a custom name for easy identification.
            style: Attributes used to dictate the style of the output
            max_resolution: Constrains the larger dimension (height or width) of the output video. Allows you to set a lower resolution than your plan's maximum if desired. The value is capped by your plan's max resolution.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1AiTalkingPhotoCreateResponse`: Success

        Example:
            ```python
            await client.v1.ai_talking_photo.create(
                start_seconds=0,
                end_seconds=15,
                assets={"image_file_path": "api-assets/id/1234.png", "audio_file_path": "api-assets/id/1234.mp3"},
                name="My Talking Photo image",
                max_resolution=1024,
            )
            ```
        """
        check_body("create", body, params.V1AiTalkingPhotoCreateBody)
        warn_deprecated(body, _CREATE_DEPRECATIONS)
        return await self._core.request(
            "POST",
            "/v1/ai-talking-photo",
            json=body,
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1AiTalkingPhotoCreateResponse,
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
        **body: typing_extensions.Unpack[params.V1AiTalkingPhotoCreateBody],
    ) -> models.V1VideoProjectsGetResponseWithDownloads:
        """AI Talking Photo, then wait for the result and download it

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
            `models.V1VideoProjectsGetResponseWithDownloads`: the final state of the job, with `downloaded_paths`. A job
            that ended in `error` or `canceled` is returned too (nothing is downloaded):
            check `status`.

        Example:
            ```python
            await client.v1.ai_talking_photo.generate(
                start_seconds=0,
                end_seconds=15,
                assets={"image_file_path": "api-assets/id/1234.png", "audio_file_path": "api-assets/id/1234.mp3"},
                name="My Talking Photo image",
                max_resolution=1024,
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
            models.V1VideoProjectsGetResponseWithDownloads,
            wait_for_completion=wait_for_completion,
            download_outputs=download_outputs,
            download_directory=download_directory,
            wait_timeout=wait_timeout,
            overwrite=overwrite,
            max_download_bytes=max_download_bytes,
            request_options=request_options,
        )


class AsyncAiTalkingPhotoResourceWithRawResponse:
    """`client.v1.ai_talking_photo.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncAiTalkingPhotoResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncAiTalkingPhotoResourceWithStreamingResponse:
    """`client.v1.ai_talking_photo.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncAiTalkingPhotoResource) -> None:
        self.create = async_to_streamed_response(resource.create)

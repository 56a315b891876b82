"""`client.v1.audio_to_video`: Audio-to-Video."""

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
                (("audio_file_path",), "audio"),
                (("image_file_path",), "image"),
            ),
        },
    ),
)


class AudioToVideoResource:
    """Methods of `client.v1.audio_to_video`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AudioToVideoResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AudioToVideoResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AudioToVideoResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return AudioToVideoResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1AudioToVideoCreateBody],
    ) -> models.V1AudioToVideoCreateResponse:
        """Audio-to-Video

        **What this API does**

        Create the same Audio To Video you can make in the browser, but programmatically, so you can automate it, run it at scale, or connect it to your own app or workflow.

        **Good for**
        - Automation and batch processing
        - Adding audio to video into apps, pipelines, or tools

        **How it works (3 steps)**
        1) Upload your inputs (video, image, or audio) with [Generate Upload URLs](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls) and copy the `file_path`.
        2) Send a request to create a audio to video job with the basic fields.
        3) Check the job status until it's `complete`, then download the result from `downloads`.

        **Key options**
        - Inputs: usually a file, sometimes a YouTube link, depending on project type
        - Resolution: free users are limited to 576px; higher plans unlock HD and larger sizes
        - Extra fields: e.g. `face_swap_mode`, `start_seconds`/`end_seconds`, or a text prompt

        **Cost**
        Credits are only charged for the frames that actually render. You'll see an estimate when the job is queued, and the final total after it's done.

        For detailed examples, see the [product page](https://magichour.ai/products/audio-to-video).

        `POST /v1/audio-to-video`

        Args:
            end_seconds: End time of your clip (seconds). Must be greater than start_seconds.
            assets: Provide the audio file and an optional reference image.
            name: Give your video a custom name for easy identification.
            start_seconds: Start time of your clip (seconds). Must be ≥ 0.
            resolution: Output video resolution. Defaults to `720p` on paid tiers and `480p` on free tiers.
            style: Attributes used to dictate the style of the output
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1AudioToVideoCreateResponse`: Success

        Example:
            ```python
            client.v1.audio_to_video.create(
                end_seconds=15,
                assets={"audio_file_path": "api-assets/id/1234.mp3", "image_file_path": "api-assets/id/1234.png"},
                name="My Audio To Video video",
                start_seconds=0,
                resolution="720p",
            )
            ```
        """
        check_body("create", body, params.V1AudioToVideoCreateBody)
        return self._core.request(
            "POST",
            "/v1/audio-to-video",
            json=body,
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1AudioToVideoCreateResponse,
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
        **body: typing_extensions.Unpack[params.V1AudioToVideoCreateBody],
    ) -> models.V1VideoProjectsGetResponseWithDownloads:
        """Audio-to-Video, then wait for the result and download it

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
            client.v1.audio_to_video.generate(
                end_seconds=15,
                assets={"audio_file_path": "api-assets/id/1234.mp3", "image_file_path": "api-assets/id/1234.png"},
                name="My Audio To Video video",
                start_seconds=0,
                resolution="720p",
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


class AudioToVideoResourceWithRawResponse:
    """`client.v1.audio_to_video.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AudioToVideoResource) -> None:
        self.create = to_raw_response(resource.create)


class AudioToVideoResourceWithStreamingResponse:
    """`client.v1.audio_to_video.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: AudioToVideoResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncAudioToVideoResource:
    """Async methods of `client.v1.audio_to_video`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncAudioToVideoResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncAudioToVideoResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncAudioToVideoResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncAudioToVideoResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1AudioToVideoCreateBody],
    ) -> models.V1AudioToVideoCreateResponse:
        """Audio-to-Video

        **What this API does**

        Create the same Audio To Video you can make in the browser, but programmatically, so you can automate it, run it at scale, or connect it to your own app or workflow.

        **Good for**
        - Automation and batch processing
        - Adding audio to video into apps, pipelines, or tools

        **How it works (3 steps)**
        1) Upload your inputs (video, image, or audio) with [Generate Upload URLs](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls) and copy the `file_path`.
        2) Send a request to create a audio to video job with the basic fields.
        3) Check the job status until it's `complete`, then download the result from `downloads`.

        **Key options**
        - Inputs: usually a file, sometimes a YouTube link, depending on project type
        - Resolution: free users are limited to 576px; higher plans unlock HD and larger sizes
        - Extra fields: e.g. `face_swap_mode`, `start_seconds`/`end_seconds`, or a text prompt

        **Cost**
        Credits are only charged for the frames that actually render. You'll see an estimate when the job is queued, and the final total after it's done.

        For detailed examples, see the [product page](https://magichour.ai/products/audio-to-video).

        `POST /v1/audio-to-video`

        Args:
            end_seconds: End time of your clip (seconds). Must be greater than start_seconds.
            assets: Provide the audio file and an optional reference image.
            name: Give your video a custom name for easy identification.
            start_seconds: Start time of your clip (seconds). Must be ≥ 0.
            resolution: Output video resolution. Defaults to `720p` on paid tiers and `480p` on free tiers.
            style: Attributes used to dictate the style of the output
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1AudioToVideoCreateResponse`: Success

        Example:
            ```python
            await client.v1.audio_to_video.create(
                end_seconds=15,
                assets={"audio_file_path": "api-assets/id/1234.mp3", "image_file_path": "api-assets/id/1234.png"},
                name="My Audio To Video video",
                start_seconds=0,
                resolution="720p",
            )
            ```
        """
        check_body("create", body, params.V1AudioToVideoCreateBody)
        return await self._core.request(
            "POST",
            "/v1/audio-to-video",
            json=body,
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1AudioToVideoCreateResponse,
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
        **body: typing_extensions.Unpack[params.V1AudioToVideoCreateBody],
    ) -> models.V1VideoProjectsGetResponseWithDownloads:
        """Audio-to-Video, then wait for the result and download it

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
            await client.v1.audio_to_video.generate(
                end_seconds=15,
                assets={"audio_file_path": "api-assets/id/1234.mp3", "image_file_path": "api-assets/id/1234.png"},
                name="My Audio To Video video",
                start_seconds=0,
                resolution="720p",
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


class AsyncAudioToVideoResourceWithRawResponse:
    """`client.v1.audio_to_video.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncAudioToVideoResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncAudioToVideoResourceWithStreamingResponse:
    """`client.v1.audio_to_video.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncAudioToVideoResource) -> None:
        self.create = async_to_streamed_response(resource.create)

"""`client.v1.image_to_video`: Image-to-Video."""

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
        ("model",),
        "kling-2.5-audio",
        "`model='kling-2.5-audio'` of `POST /v1/image-to-video` is deprecated: If you specify the deprecated model value that includes the `-audio` suffix, this will be the same as included `audio` as `true`.",
    ),
    (
        ("model",),
        "veo3.1-audio",
        "`model='veo3.1-audio'` of `POST /v1/image-to-video` is deprecated: If you specify the deprecated model value that includes the `-audio` suffix, this will be the same as included `audio` as `true`.",
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
                (("end_image_file_path",), None),
            ),
        },
    ),
)


class ImageToVideoResource:
    """Methods of `client.v1.image_to_video`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ImageToVideoResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ImageToVideoResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ImageToVideoResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ImageToVideoResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1ImageToVideoCreateBody],
    ) -> models.V1ImageToVideoCreateResponse:
        """Image-to-Video

        **What this API does**

        Create the same Image To Video you can make in the browser, but programmatically, so you can automate it, run it at scale, or connect it to your own app or workflow.

        **Good for**
        - Automation and batch processing
        - Adding image to video into apps, pipelines, or tools

        **How it works (3 steps)**
        1) Upload your inputs (video, image, or audio) with [Generate Upload URLs](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls) and copy the `file_path`.
        2) Send a request to create a image to video job with the basic fields.
        3) Check the job status until it's `complete`, then download the result from `downloads`.

        **Key options**
        - Inputs: usually a file, sometimes a YouTube link, depending on project type
        - Resolution: free users are limited to 576px; higher plans unlock HD and larger sizes
        - Extra fields: e.g. `face_swap_mode`, `start_seconds`/`end_seconds`, or a text prompt

        **Cost**
        Credits are only charged for the frames that actually render. You'll see an estimate when the job is queued, and the final total after it's done.

        For detailed examples, see the [product page](https://magichour.ai/products/image-to-video).

        `POST /v1/image-to-video`

        Args:
            end_seconds: The total duration of the output video in seconds. Supported durations depend on the chosen model:

                * **`ltx-2.3`**: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30
                * **`wan-2.2`**: 3, 4, 5, 6, 7, 8, 9, 10, 15
                * **`kling-2.5`**: 5, 10
                * **`kling-3.0`**: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                * **`veo3.1-lite`**: 8, 16, 24, 32, 40, 48, 56
                * **`veo3.1`**: 4, 6, 8, 16, 24, 32, 40, 48, 56
                * **`seedance`**: 4, 5, 6, 7, 8, 9, 10, 11, 12
                * **`seedance-2.0`**: 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                * **`sora-2`**: 4, 8, 12, 24, 36, 48, 60
            assets: Provide the assets for image-to-video. Sora 2 only supports images with an aspect ratio of `9:16` or `16:9`.
            name: Give your video a custom name for easy identification.
            model: The AI model to use for video generation.

                * `default`: uses our currently recommended model for general use. For paid tiers, defaults to `kling-3.0`. For free tiers, it defaults to `ltx-2.3`.
                * `ltx-2.3`: Fast iteration with lip-sync & end frame
                * `wan-2.2`: Fast, strong visuals with effects
                * `kling-2.5`: Motion, action, and camera control
                * `kling-3.0`: Cinematic, multi-scene storytelling
                * `veo3.1-lite`: Fast, affordable, high-quality
                * `veo3.1`: Realistic visuals and prompt adherence
                * `seedance`: Fast iteration
                * `seedance-2.0`: State-of-the-art quality and consistency
                * `sora-2`: Story-first concepts and creativity
                Deprecated values: `kling-2.5-audio`, `veo3.1-audio`.

            resolution: Controls the output video resolution. Defaults to `720p` on paid tiers and `480p` on free tiers.

                * **`ltx-2.3`**: Supports 480p, 720p, 1080p.
                * **`wan-2.2`**: Supports 480p, 720p, 1080p.
                * **`kling-2.5`**: Supports 720p, 1080p.
                * **`kling-3.0`**: Supports 720p, 1080p, 4k.
                * **`veo3.1-lite`**: Supports 720p, 1080p.
                * **`veo3.1`**: Supports 720p, 1080p.
                * **`seedance`**: Supports 480p, 720p, 1080p.
                * **`seedance-2.0`**: Supports 480p, 720p.
                * **`sora-2`**: Supports 720p.
            audio: Whether to include audio in the video. Defaults to `false` if not specified.

                Audio support varies by model:
                * **`ltx-2.3`**: Toggle-able: no additional credits for audio
                * **`wan-2.2`**: Not supported
                * **`kling-2.5`**: Toggle-able: no additional credits for audio
                * **`kling-3.0`**: Toggle-able: audio adds extra credits when enabled
                * **`veo3.1-lite`**: Toggle-able: audio adds extra credits when enabled
                * **`veo3.1`**: Toggle-able: audio adds extra credits when enabled
                * **`seedance`**: Not supported
                * **`seedance-2.0`**: Toggle-able: no additional credits for audio
                * **`sora-2`**: Toggle-able: no additional credits for audio
            style: Attributed used to dictate the style of the output
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1ImageToVideoCreateResponse`: Success

        Example:
            ```python
            client.v1.image_to_video.create(
                end_seconds=5,
                assets={"image_file_path": "api-assets/id/1234.png", "end_image_file_path": "api-assets/id/1234.png"},
                name="My Image To Video video",
                model="kling-3.0",
                resolution="720p",
                audio=True,
            )
            ```
        """
        check_body("create", body, params.V1ImageToVideoCreateBody)
        warn_deprecated(body, _CREATE_DEPRECATIONS)
        return self._core.request(
            "POST",
            "/v1/image-to-video",
            json=body,
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1ImageToVideoCreateResponse,
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
        **body: typing_extensions.Unpack[params.V1ImageToVideoCreateBody],
    ) -> models.V1VideoProjectsGetResponseWithDownloads:
        """Image-to-Video, then wait for the result and download it

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
            client.v1.image_to_video.generate(
                end_seconds=5,
                assets={"image_file_path": "api-assets/id/1234.png", "end_image_file_path": "api-assets/id/1234.png"},
                name="My Image To Video video",
                model="kling-3.0",
                resolution="720p",
                audio=True,
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


class ImageToVideoResourceWithRawResponse:
    """`client.v1.image_to_video.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ImageToVideoResource) -> None:
        self.create = to_raw_response(resource.create)


class ImageToVideoResourceWithStreamingResponse:
    """`client.v1.image_to_video.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ImageToVideoResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncImageToVideoResource:
    """Async methods of `client.v1.image_to_video`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncImageToVideoResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncImageToVideoResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncImageToVideoResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncImageToVideoResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1ImageToVideoCreateBody],
    ) -> models.V1ImageToVideoCreateResponse:
        """Image-to-Video

        **What this API does**

        Create the same Image To Video you can make in the browser, but programmatically, so you can automate it, run it at scale, or connect it to your own app or workflow.

        **Good for**
        - Automation and batch processing
        - Adding image to video into apps, pipelines, or tools

        **How it works (3 steps)**
        1) Upload your inputs (video, image, or audio) with [Generate Upload URLs](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls) and copy the `file_path`.
        2) Send a request to create a image to video job with the basic fields.
        3) Check the job status until it's `complete`, then download the result from `downloads`.

        **Key options**
        - Inputs: usually a file, sometimes a YouTube link, depending on project type
        - Resolution: free users are limited to 576px; higher plans unlock HD and larger sizes
        - Extra fields: e.g. `face_swap_mode`, `start_seconds`/`end_seconds`, or a text prompt

        **Cost**
        Credits are only charged for the frames that actually render. You'll see an estimate when the job is queued, and the final total after it's done.

        For detailed examples, see the [product page](https://magichour.ai/products/image-to-video).

        `POST /v1/image-to-video`

        Args:
            end_seconds: The total duration of the output video in seconds. Supported durations depend on the chosen model:

                * **`ltx-2.3`**: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30
                * **`wan-2.2`**: 3, 4, 5, 6, 7, 8, 9, 10, 15
                * **`kling-2.5`**: 5, 10
                * **`kling-3.0`**: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                * **`veo3.1-lite`**: 8, 16, 24, 32, 40, 48, 56
                * **`veo3.1`**: 4, 6, 8, 16, 24, 32, 40, 48, 56
                * **`seedance`**: 4, 5, 6, 7, 8, 9, 10, 11, 12
                * **`seedance-2.0`**: 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                * **`sora-2`**: 4, 8, 12, 24, 36, 48, 60
            assets: Provide the assets for image-to-video. Sora 2 only supports images with an aspect ratio of `9:16` or `16:9`.
            name: Give your video a custom name for easy identification.
            model: The AI model to use for video generation.

                * `default`: uses our currently recommended model for general use. For paid tiers, defaults to `kling-3.0`. For free tiers, it defaults to `ltx-2.3`.
                * `ltx-2.3`: Fast iteration with lip-sync & end frame
                * `wan-2.2`: Fast, strong visuals with effects
                * `kling-2.5`: Motion, action, and camera control
                * `kling-3.0`: Cinematic, multi-scene storytelling
                * `veo3.1-lite`: Fast, affordable, high-quality
                * `veo3.1`: Realistic visuals and prompt adherence
                * `seedance`: Fast iteration
                * `seedance-2.0`: State-of-the-art quality and consistency
                * `sora-2`: Story-first concepts and creativity
                Deprecated values: `kling-2.5-audio`, `veo3.1-audio`.

            resolution: Controls the output video resolution. Defaults to `720p` on paid tiers and `480p` on free tiers.

                * **`ltx-2.3`**: Supports 480p, 720p, 1080p.
                * **`wan-2.2`**: Supports 480p, 720p, 1080p.
                * **`kling-2.5`**: Supports 720p, 1080p.
                * **`kling-3.0`**: Supports 720p, 1080p, 4k.
                * **`veo3.1-lite`**: Supports 720p, 1080p.
                * **`veo3.1`**: Supports 720p, 1080p.
                * **`seedance`**: Supports 480p, 720p, 1080p.
                * **`seedance-2.0`**: Supports 480p, 720p.
                * **`sora-2`**: Supports 720p.
            audio: Whether to include audio in the video. Defaults to `false` if not specified.

                Audio support varies by model:
                * **`ltx-2.3`**: Toggle-able: no additional credits for audio
                * **`wan-2.2`**: Not supported
                * **`kling-2.5`**: Toggle-able: no additional credits for audio
                * **`kling-3.0`**: Toggle-able: audio adds extra credits when enabled
                * **`veo3.1-lite`**: Toggle-able: audio adds extra credits when enabled
                * **`veo3.1`**: Toggle-able: audio adds extra credits when enabled
                * **`seedance`**: Not supported
                * **`seedance-2.0`**: Toggle-able: no additional credits for audio
                * **`sora-2`**: Toggle-able: no additional credits for audio
            style: Attributed used to dictate the style of the output
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1ImageToVideoCreateResponse`: Success

        Example:
            ```python
            await client.v1.image_to_video.create(
                end_seconds=5,
                assets={"image_file_path": "api-assets/id/1234.png", "end_image_file_path": "api-assets/id/1234.png"},
                name="My Image To Video video",
                model="kling-3.0",
                resolution="720p",
                audio=True,
            )
            ```
        """
        check_body("create", body, params.V1ImageToVideoCreateBody)
        warn_deprecated(body, _CREATE_DEPRECATIONS)
        return await self._core.request(
            "POST",
            "/v1/image-to-video",
            json=body,
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1ImageToVideoCreateResponse,
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
        **body: typing_extensions.Unpack[params.V1ImageToVideoCreateBody],
    ) -> models.V1VideoProjectsGetResponseWithDownloads:
        """Image-to-Video, then wait for the result and download it

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
            await client.v1.image_to_video.generate(
                end_seconds=5,
                assets={"image_file_path": "api-assets/id/1234.png", "end_image_file_path": "api-assets/id/1234.png"},
                name="My Image To Video video",
                model="kling-3.0",
                resolution="720p",
                audio=True,
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


class AsyncImageToVideoResourceWithRawResponse:
    """`client.v1.image_to_video.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncImageToVideoResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncImageToVideoResourceWithStreamingResponse:
    """`client.v1.image_to_video.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncImageToVideoResource) -> None:
        self.create = async_to_streamed_response(resource.create)

"""`client.v1.face_detection`: Get face detection details, Face Detection."""

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
    Call("resources.v1.face_detection", "FaceDetectionResource", "get"),
    id_param="id",
    id_attr="id",
    status_attr="status",
    success=("complete",),
    failure=("error",),
    outputs=("faces", "url"),
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
            "assets": ((("target_file_path",), None),),
        },
    ),
)


class FaceDetectionResource:
    """Methods of `client.v1.face_detection`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> FaceDetectionResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return FaceDetectionResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> FaceDetectionResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return FaceDetectionResourceWithStreamingResponse(self)

    def get(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.V1FaceDetectionGetResponse:
        """Get face detection details

        Get the details of a face detection task.

        Use this API to get the list of faces detected in the image or video to use in the [face swap photo](https://docs.magichour.ai/api-reference/image-projects/face-swap-photo) or [face swap video](https://docs.magichour.ai/api-reference/video-projects/face-swap-video) API calls for multi-face swaps.

        `GET /v1/face-detection/{id}`

        Args:
            id: The id of the task. This value is returned by the [face detection API](https://docs.magichour.ai/api-reference/files/face-detection#response-id).
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1FaceDetectionGetResponse`: 200

        Example:
            ```python
            client.v1.face_detection.get(
                id="uuid-example",
            )
            ```
        """
        return self._core.request(
            "GET",
            "/v1/face-detection/{id}",
            path_params={"id": id},
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1FaceDetectionGetResponse,
            options=request_options,
        )

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1FaceDetectionCreateBody],
    ) -> models.V1FaceDetectionCreateResponse:
        """Face Detection

        Detect faces in an image or video.

        Use this API to get the list of faces detected in the image or video to use in the [face swap photo](https://docs.magichour.ai/api-reference/image-projects/face-swap-photo) or [face swap video](https://docs.magichour.ai/api-reference/video-projects/face-swap-video) API calls for multi-face swaps.

        Note: Face detection is free to use for the near future. Pricing may change in the future.

        `POST /v1/face-detection`

        Args:
            assets: Provide the assets for face detection
            confidence_score: Confidence threshold for filtering detected faces.
                * Higher values (e.g., 0.9) include only faces detected with high certainty, reducing false positives.
                * Lower values (e.g., 0.3) include more faces, but may increase the chance of incorrect detections.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1FaceDetectionCreateResponse`: 200

        Example:
            ```python
            client.v1.face_detection.create(
                assets={"target_file_path": "api-assets/id/1234.png"},
                confidence_score=0.5,
            )
            ```
        """
        check_body("create", body, params.V1FaceDetectionCreateBody)
        return self._core.request(
            "POST",
            "/v1/face-detection",
            json=body,
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1FaceDetectionCreateResponse,
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
        **body: typing_extensions.Unpack[params.V1FaceDetectionCreateBody],
    ) -> models.V1FaceDetectionGetResponseWithDownloads:
        """Face Detection, then wait for the result and download it

        Calls `create()` with the same arguments, then polls `get()` until the
        job's `status` is one of `complete`, `error`, backing off
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
            `models.V1FaceDetectionGetResponseWithDownloads`: the final state of the job, with `downloaded_paths`. A job
            that ended in `error` is returned too (nothing is downloaded):
            check `status`.

        Example:
            ```python
            client.v1.face_detection.generate(
                assets={"target_file_path": "api-assets/id/1234.png"},
                confidence_score=0.5,
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
            models.V1FaceDetectionGetResponseWithDownloads,
            wait_for_completion=wait_for_completion,
            download_outputs=download_outputs,
            download_directory=download_directory,
            wait_timeout=wait_timeout,
            overwrite=overwrite,
            max_download_bytes=max_download_bytes,
            request_options=request_options,
        )


class FaceDetectionResourceWithRawResponse:
    """`client.v1.face_detection.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: FaceDetectionResource) -> None:
        self.get = to_raw_response(resource.get)
        self.create = to_raw_response(resource.create)


class FaceDetectionResourceWithStreamingResponse:
    """`client.v1.face_detection.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: FaceDetectionResource) -> None:
        self.get = to_streamed_response(resource.get)
        self.create = to_streamed_response(resource.create)


class AsyncFaceDetectionResource:
    """Async methods of `client.v1.face_detection`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncFaceDetectionResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncFaceDetectionResourceWithRawResponse(self)

    @property
    def with_streaming_response(
        self,
    ) -> AsyncFaceDetectionResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncFaceDetectionResourceWithStreamingResponse(self)

    async def get(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.V1FaceDetectionGetResponse:
        """Get face detection details

        Get the details of a face detection task.

        Use this API to get the list of faces detected in the image or video to use in the [face swap photo](https://docs.magichour.ai/api-reference/image-projects/face-swap-photo) or [face swap video](https://docs.magichour.ai/api-reference/video-projects/face-swap-video) API calls for multi-face swaps.

        `GET /v1/face-detection/{id}`

        Args:
            id: The id of the task. This value is returned by the [face detection API](https://docs.magichour.ai/api-reference/files/face-detection#response-id).
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1FaceDetectionGetResponse`: 200

        Example:
            ```python
            await client.v1.face_detection.get(
                id="uuid-example",
            )
            ```
        """
        return await self._core.request(
            "GET",
            "/v1/face-detection/{id}",
            path_params={"id": id},
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1FaceDetectionGetResponse,
            options=request_options,
        )

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1FaceDetectionCreateBody],
    ) -> models.V1FaceDetectionCreateResponse:
        """Face Detection

        Detect faces in an image or video.

        Use this API to get the list of faces detected in the image or video to use in the [face swap photo](https://docs.magichour.ai/api-reference/image-projects/face-swap-photo) or [face swap video](https://docs.magichour.ai/api-reference/video-projects/face-swap-video) API calls for multi-face swaps.

        Note: Face detection is free to use for the near future. Pricing may change in the future.

        `POST /v1/face-detection`

        Args:
            assets: Provide the assets for face detection
            confidence_score: Confidence threshold for filtering detected faces.
                * Higher values (e.g., 0.9) include only faces detected with high certainty, reducing false positives.
                * Lower values (e.g., 0.3) include more faces, but may increase the chance of incorrect detections.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1FaceDetectionCreateResponse`: 200

        Example:
            ```python
            await client.v1.face_detection.create(
                assets={"target_file_path": "api-assets/id/1234.png"},
                confidence_score=0.5,
            )
            ```
        """
        check_body("create", body, params.V1FaceDetectionCreateBody)
        return await self._core.request(
            "POST",
            "/v1/face-detection",
            json=body,
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1FaceDetectionCreateResponse,
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
        **body: typing_extensions.Unpack[params.V1FaceDetectionCreateBody],
    ) -> models.V1FaceDetectionGetResponseWithDownloads:
        """Face Detection, then wait for the result and download it

        Calls `create()` with the same arguments, then polls `get()` until the
        job's `status` is one of `complete`, `error`, backing off
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
            `models.V1FaceDetectionGetResponseWithDownloads`: the final state of the job, with `downloaded_paths`. A job
            that ended in `error` is returned too (nothing is downloaded):
            check `status`.

        Example:
            ```python
            await client.v1.face_detection.generate(
                assets={"target_file_path": "api-assets/id/1234.png"},
                confidence_score=0.5,
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
            models.V1FaceDetectionGetResponseWithDownloads,
            wait_for_completion=wait_for_completion,
            download_outputs=download_outputs,
            download_directory=download_directory,
            wait_timeout=wait_timeout,
            overwrite=overwrite,
            max_download_bytes=max_download_bytes,
            request_options=request_options,
        )


class AsyncFaceDetectionResourceWithRawResponse:
    """`client.v1.face_detection.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncFaceDetectionResource) -> None:
        self.get = async_to_raw_response(resource.get)
        self.create = async_to_raw_response(resource.create)


class AsyncFaceDetectionResourceWithStreamingResponse:
    """`client.v1.face_detection.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncFaceDetectionResource) -> None:
        self.get = async_to_streamed_response(resource.get)
        self.create = async_to_streamed_response(resource.create)

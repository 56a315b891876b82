"""`client.v1.ai_face_editor`: AI Face Editor."""

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
    Call("resources.v1.image_projects", "ImageProjectsResource", "get"),
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
            "assets": ((("image_file_path",), "image"),),
        },
    ),
)


class AiFaceEditorResource:
    """Methods of `client.v1.ai_face_editor`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AiFaceEditorResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AiFaceEditorResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AiFaceEditorResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return AiFaceEditorResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1AiFaceEditorCreateBody],
    ) -> models.V1AiFaceEditorCreateResponse:
        """AI Face Editor

        Edit facial features of an image using AI. Each edit costs 1 frame. The height/width of the output image depends on your subscription. Please refer to our [pricing](https://magichour.ai/pricing) page for more details

        `POST /v1/ai-face-editor`

        Args:
            assets: Provide the assets for face editor
            style: Face editing parameters
            name: Give your image a custom name for easy identification.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1AiFaceEditorCreateResponse`: Success

        Example:
            ```python
            client.v1.ai_face_editor.create(
                assets={"image_file_path": "api-assets/id/1234.png"},
                style={"enhance_face": False, "eyebrow_direction": 0, "eye_gaze_horizontal": 0, "eye_gaze_vertical": 0, "eye_open_ratio": 0, "lip_open_ratio": 0, "head_roll": 0, "mouth_grim": 0, "mouth_pout": 0, "mouth_purse": 0, "mouth_smile": 0, "mouth_position_horizontal": 0, "mouth_position_vertical": 0, "head_pitch": 0, "head_yaw": 0},
                name="My Face Editor image",
            )
            ```
        """
        check_body("create", body, params.V1AiFaceEditorCreateBody)
        return self._core.request(
            "POST",
            "/v1/ai-face-editor",
            json=body,
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1AiFaceEditorCreateResponse,
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
        **body: typing_extensions.Unpack[params.V1AiFaceEditorCreateBody],
    ) -> models.V1ImageProjectsGetResponseWithDownloads:
        """AI Face Editor, then wait for the result and download it

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
            `models.V1ImageProjectsGetResponseWithDownloads`: the final state of the job, with `downloaded_paths`. A job
            that ended in `error` or `canceled` is returned too (nothing is downloaded):
            check `status`.

        Example:
            ```python
            client.v1.ai_face_editor.generate(
                assets={"image_file_path": "api-assets/id/1234.png"},
                style={"enhance_face": False, "eyebrow_direction": 0, "eye_gaze_horizontal": 0, "eye_gaze_vertical": 0, "eye_open_ratio": 0, "lip_open_ratio": 0, "head_roll": 0, "mouth_grim": 0, "mouth_pout": 0, "mouth_purse": 0, "mouth_smile": 0, "mouth_position_horizontal": 0, "mouth_position_vertical": 0, "head_pitch": 0, "head_yaw": 0},
                name="My Face Editor image",
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


class AiFaceEditorResourceWithRawResponse:
    """`client.v1.ai_face_editor.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AiFaceEditorResource) -> None:
        self.create = to_raw_response(resource.create)


class AiFaceEditorResourceWithStreamingResponse:
    """`client.v1.ai_face_editor.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: AiFaceEditorResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncAiFaceEditorResource:
    """Async methods of `client.v1.ai_face_editor`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncAiFaceEditorResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncAiFaceEditorResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncAiFaceEditorResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncAiFaceEditorResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1AiFaceEditorCreateBody],
    ) -> models.V1AiFaceEditorCreateResponse:
        """AI Face Editor

        Edit facial features of an image using AI. Each edit costs 1 frame. The height/width of the output image depends on your subscription. Please refer to our [pricing](https://magichour.ai/pricing) page for more details

        `POST /v1/ai-face-editor`

        Args:
            assets: Provide the assets for face editor
            style: Face editing parameters
            name: Give your image a custom name for easy identification.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1AiFaceEditorCreateResponse`: Success

        Example:
            ```python
            await client.v1.ai_face_editor.create(
                assets={"image_file_path": "api-assets/id/1234.png"},
                style={"enhance_face": False, "eyebrow_direction": 0, "eye_gaze_horizontal": 0, "eye_gaze_vertical": 0, "eye_open_ratio": 0, "lip_open_ratio": 0, "head_roll": 0, "mouth_grim": 0, "mouth_pout": 0, "mouth_purse": 0, "mouth_smile": 0, "mouth_position_horizontal": 0, "mouth_position_vertical": 0, "head_pitch": 0, "head_yaw": 0},
                name="My Face Editor image",
            )
            ```
        """
        check_body("create", body, params.V1AiFaceEditorCreateBody)
        return await self._core.request(
            "POST",
            "/v1/ai-face-editor",
            json=body,
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1AiFaceEditorCreateResponse,
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
        **body: typing_extensions.Unpack[params.V1AiFaceEditorCreateBody],
    ) -> models.V1ImageProjectsGetResponseWithDownloads:
        """AI Face Editor, then wait for the result and download it

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
            `models.V1ImageProjectsGetResponseWithDownloads`: the final state of the job, with `downloaded_paths`. A job
            that ended in `error` or `canceled` is returned too (nothing is downloaded):
            check `status`.

        Example:
            ```python
            await client.v1.ai_face_editor.generate(
                assets={"image_file_path": "api-assets/id/1234.png"},
                style={"enhance_face": False, "eyebrow_direction": 0, "eye_gaze_horizontal": 0, "eye_gaze_vertical": 0, "eye_open_ratio": 0, "lip_open_ratio": 0, "head_roll": 0, "mouth_grim": 0, "mouth_pout": 0, "mouth_purse": 0, "mouth_smile": 0, "mouth_position_horizontal": 0, "mouth_position_vertical": 0, "head_pitch": 0, "head_yaw": 0},
                name="My Face Editor image",
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


class AsyncAiFaceEditorResourceWithRawResponse:
    """`client.v1.ai_face_editor.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncAiFaceEditorResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncAiFaceEditorResourceWithStreamingResponse:
    """`client.v1.ai_face_editor.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncAiFaceEditorResource) -> None:
        self.create = async_to_streamed_response(resource.create)

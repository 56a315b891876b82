"""`client.v1.ai_image_editor`: AI Image Editor."""

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
        ("resolution",),
        "auto",
        "`resolution='auto'` of `POST /v1/ai-image-editor` is deprecated: Mapped server-side from your subscription tier to the best matching resolution the model supports",
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
            "assets": ((("image_file_paths", "*"), "image"),),
        },
    ),
)


class AiImageEditorResource:
    """Methods of `client.v1.ai_image_editor`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AiImageEditorResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AiImageEditorResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AiImageEditorResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return AiImageEditorResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1AiImageEditorCreateBody],
    ) -> models.V1AiImageEditorCreateResponse:
        """AI Image Editor

        Edit images with AI.

        `POST /v1/ai-image-editor`

        Args:
            style: `style` in the request body.
            assets: Provide the assets for image edit
            name: Give your image a custom name for easy identification.
            image_count: Number of images to generate. Maximum varies by model. Defaults to 1 if not specified.
            model: The AI model to use for image editing. Each model has different capabilities and costs.

                **Models:**
                - `default` - Use the model we recommend, which will change over time. This is recommended unless you need a specific model. This is the default behavior.
                - `qwen-edit` - from 10 credits/image
                  - Supported resolutions: 640px, 1k, 2k
                  - Available for tiers: free, creator, pro, business
                  - Max additional input images: 2
                - `flux-2-klein` - from 5 credits/image
                  - Supported resolutions: 640px, 1k, 2k
                  - Available for tiers: free, creator, pro, business
                  - Max additional input images: 5
                - `nano-banana` - from 50 credits/image
                  - Supported resolutions: 640px, 1k
                  - Available for tiers: creator, pro, business
                  - Max additional input images: 9
                - `nano-banana-2` - from 100 credits/image
                  - Supported resolutions: 640px, 1k, 2k, 4k
                  - Available for tiers: creator, pro, business
                  - Max additional input images: 9
                - `seedream-v4` - from 40 credits/image
                  - Supported resolutions: 640px, 1k, 2k, 4k
                  - Available for tiers: creator, pro, business
                  - Max additional input images: 9
                - `nano-banana-pro` - from 150 credits/image
                  - Supported resolutions: 1k, 2k, 4k
                  - Available for tiers: creator, pro, business
                  - Max additional input images: 9
                - `seedream-v4.5` - from 50 credits/image
                  - Supported resolutions: 640px, 1k, 2k, 4k
                  - Available for tiers: creator, pro, business
                  - Max additional input images: 9
                - `gpt-image-2` - from 50 credits/image
                  - Supported resolutions: 640px, 1k, 2k, 4k
                  - Available for tiers: creator, pro, business
                  - Max additional input images: 9
            aspect_ratio: The aspect ratio of the output image(s). If not specified, defaults to `auto`.
            resolution: Maximum resolution (longest edge) for the output image.

                **Options:**
                - `640px` — up to 640px
                - `1k` — up to 1024px
                - `2k` — up to 2048px
                - `4k` — up to 4096px

                **Per-model support:**
                - `qwen-edit` - 640px, 1k, 2k
                - `flux-2-klein` - 640px, 1k, 2k
                - `nano-banana` - 640px, 1k
                - `nano-banana-2` - 640px, 1k, 2k, 4k
                - `seedream-v4` - 640px, 1k, 2k, 4k
                - `nano-banana-pro` - 1k, 2k, 4k
                - `seedream-v4.5` - 640px, 1k, 2k, 4k
                - `gpt-image-2` - 640px, 1k, 2k, 4k

                Note: Resolution availability depends on the model and your subscription tier.
                Deprecated values: `auto`.

            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1AiImageEditorCreateResponse`: Success

        Example:
            ```python
            client.v1.ai_image_editor.create(
                style={"prompt": "Give me sunglasses"},
                assets={"image_file_paths": ["api-assets/id/1234.png", "api-assets/id/1235.png"]},
                name="My Ai Image Editor image",
                image_count=1,
                model="default",
                aspect_ratio="1:1",
                resolution="1k",
            )
            ```
        """
        check_body("create", body, params.V1AiImageEditorCreateBody)
        warn_deprecated(body, _CREATE_DEPRECATIONS)
        return self._core.request(
            "POST",
            "/v1/ai-image-editor",
            json=body,
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1AiImageEditorCreateResponse,
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
        **body: typing_extensions.Unpack[params.V1AiImageEditorCreateBody],
    ) -> models.V1ImageProjectsGetResponseWithDownloads:
        """AI Image Editor, then wait for the result and download it

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
            client.v1.ai_image_editor.generate(
                style={"prompt": "Give me sunglasses"},
                assets={"image_file_paths": ["api-assets/id/1234.png", "api-assets/id/1235.png"]},
                name="My Ai Image Editor image",
                image_count=1,
                model="default",
                aspect_ratio="1:1",
                resolution="1k",
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


class AiImageEditorResourceWithRawResponse:
    """`client.v1.ai_image_editor.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AiImageEditorResource) -> None:
        self.create = to_raw_response(resource.create)


class AiImageEditorResourceWithStreamingResponse:
    """`client.v1.ai_image_editor.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: AiImageEditorResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncAiImageEditorResource:
    """Async methods of `client.v1.ai_image_editor`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncAiImageEditorResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncAiImageEditorResourceWithRawResponse(self)

    @property
    def with_streaming_response(
        self,
    ) -> AsyncAiImageEditorResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncAiImageEditorResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1AiImageEditorCreateBody],
    ) -> models.V1AiImageEditorCreateResponse:
        """AI Image Editor

        Edit images with AI.

        `POST /v1/ai-image-editor`

        Args:
            style: `style` in the request body.
            assets: Provide the assets for image edit
            name: Give your image a custom name for easy identification.
            image_count: Number of images to generate. Maximum varies by model. Defaults to 1 if not specified.
            model: The AI model to use for image editing. Each model has different capabilities and costs.

                **Models:**
                - `default` - Use the model we recommend, which will change over time. This is recommended unless you need a specific model. This is the default behavior.
                - `qwen-edit` - from 10 credits/image
                  - Supported resolutions: 640px, 1k, 2k
                  - Available for tiers: free, creator, pro, business
                  - Max additional input images: 2
                - `flux-2-klein` - from 5 credits/image
                  - Supported resolutions: 640px, 1k, 2k
                  - Available for tiers: free, creator, pro, business
                  - Max additional input images: 5
                - `nano-banana` - from 50 credits/image
                  - Supported resolutions: 640px, 1k
                  - Available for tiers: creator, pro, business
                  - Max additional input images: 9
                - `nano-banana-2` - from 100 credits/image
                  - Supported resolutions: 640px, 1k, 2k, 4k
                  - Available for tiers: creator, pro, business
                  - Max additional input images: 9
                - `seedream-v4` - from 40 credits/image
                  - Supported resolutions: 640px, 1k, 2k, 4k
                  - Available for tiers: creator, pro, business
                  - Max additional input images: 9
                - `nano-banana-pro` - from 150 credits/image
                  - Supported resolutions: 1k, 2k, 4k
                  - Available for tiers: creator, pro, business
                  - Max additional input images: 9
                - `seedream-v4.5` - from 50 credits/image
                  - Supported resolutions: 640px, 1k, 2k, 4k
                  - Available for tiers: creator, pro, business
                  - Max additional input images: 9
                - `gpt-image-2` - from 50 credits/image
                  - Supported resolutions: 640px, 1k, 2k, 4k
                  - Available for tiers: creator, pro, business
                  - Max additional input images: 9
            aspect_ratio: The aspect ratio of the output image(s). If not specified, defaults to `auto`.
            resolution: Maximum resolution (longest edge) for the output image.

                **Options:**
                - `640px` — up to 640px
                - `1k` — up to 1024px
                - `2k` — up to 2048px
                - `4k` — up to 4096px

                **Per-model support:**
                - `qwen-edit` - 640px, 1k, 2k
                - `flux-2-klein` - 640px, 1k, 2k
                - `nano-banana` - 640px, 1k
                - `nano-banana-2` - 640px, 1k, 2k, 4k
                - `seedream-v4` - 640px, 1k, 2k, 4k
                - `nano-banana-pro` - 1k, 2k, 4k
                - `seedream-v4.5` - 640px, 1k, 2k, 4k
                - `gpt-image-2` - 640px, 1k, 2k, 4k

                Note: Resolution availability depends on the model and your subscription tier.
                Deprecated values: `auto`.

            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1AiImageEditorCreateResponse`: Success

        Example:
            ```python
            await client.v1.ai_image_editor.create(
                style={"prompt": "Give me sunglasses"},
                assets={"image_file_paths": ["api-assets/id/1234.png", "api-assets/id/1235.png"]},
                name="My Ai Image Editor image",
                image_count=1,
                model="default",
                aspect_ratio="1:1",
                resolution="1k",
            )
            ```
        """
        check_body("create", body, params.V1AiImageEditorCreateBody)
        warn_deprecated(body, _CREATE_DEPRECATIONS)
        return await self._core.request(
            "POST",
            "/v1/ai-image-editor",
            json=body,
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1AiImageEditorCreateResponse,
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
        **body: typing_extensions.Unpack[params.V1AiImageEditorCreateBody],
    ) -> models.V1ImageProjectsGetResponseWithDownloads:
        """AI Image Editor, then wait for the result and download it

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
            await client.v1.ai_image_editor.generate(
                style={"prompt": "Give me sunglasses"},
                assets={"image_file_paths": ["api-assets/id/1234.png", "api-assets/id/1235.png"]},
                name="My Ai Image Editor image",
                image_count=1,
                model="default",
                aspect_ratio="1:1",
                resolution="1k",
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


class AsyncAiImageEditorResourceWithRawResponse:
    """`client.v1.ai_image_editor.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncAiImageEditorResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncAiImageEditorResourceWithStreamingResponse:
    """`client.v1.ai_image_editor.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncAiImageEditorResource) -> None:
        self.create = async_to_streamed_response(resource.create)

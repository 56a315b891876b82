"""`client.v1.files.upload_urls`: Generate asset upload urls."""

from __future__ import annotations

import typing

import typing_extensions

from ...._base_client import AsyncCore, SyncCore, check_body
from ...._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from ...._types import RequestOptions, WireNames, to_wire
from ....types import models, params

_ERRORS: typing.Dict[str, object] = {
    "400": models.BadRequestBody,
    "401": models.UnauthorizedBody,
    "402": models.PaymentRequiredBody,
    "404": models.NotFoundBody,
    "422": models.UnprocessableEntityBody,
}
_CREATE_WIRE: WireNames = {"items": ("items", {"type_": ("type", None)})}


class UploadUrlsResource:
    """Methods of `client.v1.files.upload_urls`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> UploadUrlsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return UploadUrlsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> UploadUrlsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return UploadUrlsResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1FilesUploadUrlsCreateBody],
    ) -> models.V1FilesUploadUrlsCreateResponse:
        """Generate asset upload urls

        Generates a list of pre-signed upload URLs for the assets required. This API is only necessary if you want to upload to Magic Hour's storage. Refer to the [Input Files Guide](/integration/input-files) for more details.

        The response array will match the order of items in the request body.

        **Valid file extensions per asset type**:
        - video: mp4, m4v, mov, webm
        - audio: mp3, wav, aac, flac, webm, m4a, opus, ogg, aiff, amr
        - image: png, jpg, jpeg, heic, heif, webp, avif, jp2, tiff, bmp
        - gif: gif, webp, webm

        > Note: `gif` is only supported for face swap API `video_file_path` field.

        Once you receive an upload URL, send a `PUT` request to upload the file directly.

        Example:

        ```
        curl -X PUT --data '@/path/to/file/video.mp4' \\
          https://videos.magichour.ai/api-assets/id/video.mp4?<auth params from the API response>
        ```

        `POST /v1/files/upload-urls`

        Args:
            items: The list of assets to upload. The response array will match the order of items in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1FilesUploadUrlsCreateResponse`: Success

        Example:
            ```python
            client.v1.files.upload_urls.create(
                items=[{"type_": "video", "extension": "mp4"}, {"type_": "audio", "extension": "mp3"}],
            )
            ```
        """
        check_body("create", body, params.V1FilesUploadUrlsCreateBody)
        return self._core.request(
            "POST",
            "/v1/files/upload-urls",
            json=to_wire(body, _CREATE_WIRE),
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1FilesUploadUrlsCreateResponse,
            options=request_options,
        )


class UploadUrlsResourceWithRawResponse:
    """`client.v1.files.upload_urls.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: UploadUrlsResource) -> None:
        self.create = to_raw_response(resource.create)


class UploadUrlsResourceWithStreamingResponse:
    """`client.v1.files.upload_urls.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: UploadUrlsResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncUploadUrlsResource:
    """Async methods of `client.v1.files.upload_urls`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncUploadUrlsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncUploadUrlsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncUploadUrlsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncUploadUrlsResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.V1FilesUploadUrlsCreateBody],
    ) -> models.V1FilesUploadUrlsCreateResponse:
        """Generate asset upload urls

        Generates a list of pre-signed upload URLs for the assets required. This API is only necessary if you want to upload to Magic Hour's storage. Refer to the [Input Files Guide](/integration/input-files) for more details.

        The response array will match the order of items in the request body.

        **Valid file extensions per asset type**:
        - video: mp4, m4v, mov, webm
        - audio: mp3, wav, aac, flac, webm, m4a, opus, ogg, aiff, amr
        - image: png, jpg, jpeg, heic, heif, webp, avif, jp2, tiff, bmp
        - gif: gif, webp, webm

        > Note: `gif` is only supported for face swap API `video_file_path` field.

        Once you receive an upload URL, send a `PUT` request to upload the file directly.

        Example:

        ```
        curl -X PUT --data '@/path/to/file/video.mp4' \\
          https://videos.magichour.ai/api-assets/id/video.mp4?<auth params from the API response>
        ```

        `POST /v1/files/upload-urls`

        Args:
            items: The list of assets to upload. The response array will match the order of items in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1FilesUploadUrlsCreateResponse`: Success

        Example:
            ```python
            await client.v1.files.upload_urls.create(
                items=[{"type_": "video", "extension": "mp4"}, {"type_": "audio", "extension": "mp3"}],
            )
            ```
        """
        check_body("create", body, params.V1FilesUploadUrlsCreateBody)
        return await self._core.request(
            "POST",
            "/v1/files/upload-urls",
            json=to_wire(body, _CREATE_WIRE),
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1FilesUploadUrlsCreateResponse,
            options=request_options,
        )


class AsyncUploadUrlsResourceWithRawResponse:
    """`client.v1.files.upload_urls.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncUploadUrlsResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncUploadUrlsResourceWithStreamingResponse:
    """`client.v1.files.upload_urls.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncUploadUrlsResource) -> None:
        self.create = async_to_streamed_response(resource.create)

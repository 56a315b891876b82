"""`client.v1.image_projects`: Get image project, Delete image project."""

from __future__ import annotations

import typing

from ..._base_client import AsyncCore, SyncCore
from ..._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from ..._types import RequestOptions
from ...types import models

_ERRORS: typing.Dict[str, object] = {
    "400": models.BadRequestBody,
    "401": models.UnauthorizedBody,
    "404": models.NotFoundBody,
}


class ImageProjectsResource:
    """Methods of `client.v1.image_projects`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ImageProjectsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ImageProjectsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ImageProjectsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ImageProjectsResourceWithStreamingResponse(self)

    def get(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.V1ImageProjectsGetResponse:
        """Get image project

        Look up an image project by the id that a create call returned. Poll it until `status` reaches `complete`, `error` or `canceled`; once it is `complete`, `downloads` holds a short-lived URL for every generated image.

        **Statuses**
        - `draft` — not used by the API
        - `queued` — accepted and waiting for capacity
        - `rendering` — the images are being generated
        - `complete` — finished; fetch the files from `downloads`
        - `error` — generation failed; `error` says why
        - `canceled` — the project was canceled

        `GET /v1/image-projects/{id}`

        Args:
            id: Id of the image project, as returned by the API call that created it.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1ImageProjectsGetResponse`: The image project

        Example:
            ```python
            client.v1.image_projects.get(
                id="cuid-example",
            )
            ```
        """
        return self._core.request(
            "GET",
            "/v1/image-projects/{id}",
            path_params={"id": id},
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1ImageProjectsGetResponse,
            options=request_options,
        )

    def delete(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Delete image project

        Delete an image project and its output files for good. This cannot be undone.

        `DELETE /v1/image-projects/{id}`

        Args:
            id: Id of the image project, as returned by the API call that created it.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.v1.image_projects.delete(
                id="cuid-example",
            )
            ```
        """
        self._core.request(
            "DELETE",
            "/v1/image-projects/{id}",
            path_params={"id": id},
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=None,
            options=request_options,
        )


class ImageProjectsResourceWithRawResponse:
    """`client.v1.image_projects.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ImageProjectsResource) -> None:
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)


class ImageProjectsResourceWithStreamingResponse:
    """`client.v1.image_projects.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ImageProjectsResource) -> None:
        self.get = to_streamed_response(resource.get)
        self.delete = to_streamed_response(resource.delete)


class AsyncImageProjectsResource:
    """Async methods of `client.v1.image_projects`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncImageProjectsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncImageProjectsResourceWithRawResponse(self)

    @property
    def with_streaming_response(
        self,
    ) -> AsyncImageProjectsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncImageProjectsResourceWithStreamingResponse(self)

    async def get(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.V1ImageProjectsGetResponse:
        """Get image project

        Look up an image project by the id that a create call returned. Poll it until `status` reaches `complete`, `error` or `canceled`; once it is `complete`, `downloads` holds a short-lived URL for every generated image.

        **Statuses**
        - `draft` — not used by the API
        - `queued` — accepted and waiting for capacity
        - `rendering` — the images are being generated
        - `complete` — finished; fetch the files from `downloads`
        - `error` — generation failed; `error` says why
        - `canceled` — the project was canceled

        `GET /v1/image-projects/{id}`

        Args:
            id: Id of the image project, as returned by the API call that created it.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1ImageProjectsGetResponse`: The image project

        Example:
            ```python
            await client.v1.image_projects.get(
                id="cuid-example",
            )
            ```
        """
        return await self._core.request(
            "GET",
            "/v1/image-projects/{id}",
            path_params={"id": id},
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1ImageProjectsGetResponse,
            options=request_options,
        )

    async def delete(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Delete image project

        Delete an image project and its output files for good. This cannot be undone.

        `DELETE /v1/image-projects/{id}`

        Args:
            id: Id of the image project, as returned by the API call that created it.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.v1.image_projects.delete(
                id="cuid-example",
            )
            ```
        """
        await self._core.request(
            "DELETE",
            "/v1/image-projects/{id}",
            path_params={"id": id},
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=None,
            options=request_options,
        )


class AsyncImageProjectsResourceWithRawResponse:
    """`client.v1.image_projects.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncImageProjectsResource) -> None:
        self.get = async_to_raw_response(resource.get)
        self.delete = async_to_raw_response(resource.delete)


class AsyncImageProjectsResourceWithStreamingResponse:
    """`client.v1.image_projects.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncImageProjectsResource) -> None:
        self.get = async_to_streamed_response(resource.get)
        self.delete = async_to_streamed_response(resource.delete)

"""`client.avatars`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._types import FileContent, NOT_GIVEN, NotGiven, RequestOptions


class AvatarsResource:
    """Methods of `client.avatars`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AvatarsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AvatarsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AvatarsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return AvatarsResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        image: typing.Union[FileContent, NotGiven] = NOT_GIVEN,
        caption: typing.Union[str, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Set avatar

        A form whose fields are all optional, in a body that is required.

        `POST /avatars`

        Args:
            image: The `image` file part of the request body.
            caption: `caption` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.avatars.create()
            ```
        """
        self._core.request(
            "POST",
            "/avatars",
            form={"caption": caption},
            files={"image": image},
            cast_to=None,
            options=request_options,
        )


class AvatarsResourceWithRawResponse:
    """`client.avatars.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AvatarsResource) -> None:
        self.create = to_raw_response(resource.create)


class AvatarsResourceWithStreamingResponse:
    """`client.avatars.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: AvatarsResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncAvatarsResource:
    """Async methods of `client.avatars`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncAvatarsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncAvatarsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncAvatarsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncAvatarsResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        image: typing.Union[FileContent, NotGiven] = NOT_GIVEN,
        caption: typing.Union[str, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Set avatar

        A form whose fields are all optional, in a body that is required.

        `POST /avatars`

        Args:
            image: The `image` file part of the request body.
            caption: `caption` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.avatars.create()
            ```
        """
        await self._core.request(
            "POST",
            "/avatars",
            form={"caption": caption},
            files={"image": image},
            cast_to=None,
            options=request_options,
        )


class AsyncAvatarsResourceWithRawResponse:
    """`client.avatars.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncAvatarsResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncAvatarsResourceWithStreamingResponse:
    """`client.avatars.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncAvatarsResource) -> None:
        self.create = async_to_streamed_response(resource.create)

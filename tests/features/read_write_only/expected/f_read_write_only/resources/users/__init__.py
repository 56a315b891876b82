"""`client.users`: resource group."""

from __future__ import annotations

import functools
import typing

import typing_extensions

from ..._base_client import AsyncCore, SyncCore, check_body
from ..._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from ..._types import RequestOptions
from ...types import models, params

if typing.TYPE_CHECKING:
    from .touch import AsyncTouchResource, TouchResource


class UsersResource:
    """Methods of `client.users`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> UsersResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return UsersResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> UsersResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return UsersResourceWithStreamingResponse(self)

    @functools.cached_property
    def touch(self) -> TouchResource:
        from .touch import TouchResource

        return TouchResource(self._core)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.User],
    ) -> models.User:
        """Create user

        `POST /users`

        Args:
            email: `email` in the request body.
            password: `password` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.User`: The user as stored.

        Example:
            ```python
            client.users.create(
                email="string",
                password="string",
            )
            ```
        """
        check_body("create", body, params.User)
        return self._core.request(
            "POST",
            "/users",
            json=body,
            cast_to=models.User,
            options=request_options,
        )


class UsersResourceWithRawResponse:
    """`client.users.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: UsersResource) -> None:
        self.create = to_raw_response(resource.create)


class UsersResourceWithStreamingResponse:
    """`client.users.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: UsersResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncUsersResource:
    """Async methods of `client.users`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncUsersResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncUsersResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncUsersResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncUsersResourceWithStreamingResponse(self)

    @functools.cached_property
    def touch(self) -> AsyncTouchResource:
        from .touch import AsyncTouchResource

        return AsyncTouchResource(self._core)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.User],
    ) -> models.User:
        """Create user

        `POST /users`

        Args:
            email: `email` in the request body.
            password: `password` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.User`: The user as stored.

        Example:
            ```python
            await client.users.create(
                email="string",
                password="string",
            )
            ```
        """
        check_body("create", body, params.User)
        return await self._core.request(
            "POST",
            "/users",
            json=body,
            cast_to=models.User,
            options=request_options,
        )


class AsyncUsersResourceWithRawResponse:
    """`client.users.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncUsersResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncUsersResourceWithStreamingResponse:
    """`client.users.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncUsersResource) -> None:
        self.create = async_to_streamed_response(resource.create)

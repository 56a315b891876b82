"""`client.users`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._types import RequestOptions
from ..types import models


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

    def get_user_by_id(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.BillingAccountsListAccountsResponse:
        """Get user by id

        `GET /v1/users/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.BillingAccountsListAccountsResponse`: OK

        Example:
            ```python
            client.users.get_user_by_id(
                id="string",
            )
            ```
        """
        return self._core.request(
            "GET",
            "/v1/users/{id}",
            path_params={"id": id},
            cast_to=models.BillingAccountsListAccountsResponse,
            options=request_options,
        )


class UsersResourceWithRawResponse:
    """`client.users.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: UsersResource) -> None:
        self.get_user_by_id = to_raw_response(resource.get_user_by_id)


class UsersResourceWithStreamingResponse:
    """`client.users.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: UsersResource) -> None:
        self.get_user_by_id = to_streamed_response(resource.get_user_by_id)


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

    async def get_user_by_id(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.BillingAccountsListAccountsResponse:
        """Get user by id

        `GET /v1/users/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.BillingAccountsListAccountsResponse`: OK

        Example:
            ```python
            await client.users.get_user_by_id(
                id="string",
            )
            ```
        """
        return await self._core.request(
            "GET",
            "/v1/users/{id}",
            path_params={"id": id},
            cast_to=models.BillingAccountsListAccountsResponse,
            options=request_options,
        )


class AsyncUsersResourceWithRawResponse:
    """`client.users.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncUsersResource) -> None:
        self.get_user_by_id = async_to_raw_response(resource.get_user_by_id)


class AsyncUsersResourceWithStreamingResponse:
    """`client.users.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncUsersResource) -> None:
        self.get_user_by_id = async_to_streamed_response(resource.get_user_by_id)

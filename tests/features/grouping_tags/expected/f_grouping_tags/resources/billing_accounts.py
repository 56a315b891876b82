"""`client.billing_accounts`: resource group."""

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


class BillingAccountsResource:
    """Methods of `client.billing_accounts`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> BillingAccountsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return BillingAccountsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> BillingAccountsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return BillingAccountsResourceWithStreamingResponse(self)

    def list_accounts(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.BillingAccountsListAccountsResponse:
        """List accounts

        `GET /v1/accounts`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.BillingAccountsListAccountsResponse`: OK

        Example:
            ```python
            client.billing_accounts.list_accounts()
            ```
        """
        return self._core.request(
            "GET",
            "/v1/accounts",
            cast_to=models.BillingAccountsListAccountsResponse,
            options=request_options,
        )

    def accounts_create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.BillingAccountsListAccountsResponse:
        """Accounts create

        `POST /v1/accounts`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.BillingAccountsListAccountsResponse`: OK

        Example:
            ```python
            client.billing_accounts.accounts_create()
            ```
        """
        return self._core.request(
            "POST",
            "/v1/accounts",
            cast_to=models.BillingAccountsListAccountsResponse,
            options=request_options,
        )


class BillingAccountsResourceWithRawResponse:
    """`client.billing_accounts.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: BillingAccountsResource) -> None:
        self.list_accounts = to_raw_response(resource.list_accounts)
        self.accounts_create = to_raw_response(resource.accounts_create)


class BillingAccountsResourceWithStreamingResponse:
    """`client.billing_accounts.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: BillingAccountsResource) -> None:
        self.list_accounts = to_streamed_response(resource.list_accounts)
        self.accounts_create = to_streamed_response(resource.accounts_create)


class AsyncBillingAccountsResource:
    """Async methods of `client.billing_accounts`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncBillingAccountsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncBillingAccountsResourceWithRawResponse(self)

    @property
    def with_streaming_response(
        self,
    ) -> AsyncBillingAccountsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncBillingAccountsResourceWithStreamingResponse(self)

    async def list_accounts(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.BillingAccountsListAccountsResponse:
        """List accounts

        `GET /v1/accounts`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.BillingAccountsListAccountsResponse`: OK

        Example:
            ```python
            await client.billing_accounts.list_accounts()
            ```
        """
        return await self._core.request(
            "GET",
            "/v1/accounts",
            cast_to=models.BillingAccountsListAccountsResponse,
            options=request_options,
        )

    async def accounts_create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.BillingAccountsListAccountsResponse:
        """Accounts create

        `POST /v1/accounts`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.BillingAccountsListAccountsResponse`: OK

        Example:
            ```python
            await client.billing_accounts.accounts_create()
            ```
        """
        return await self._core.request(
            "POST",
            "/v1/accounts",
            cast_to=models.BillingAccountsListAccountsResponse,
            options=request_options,
        )


class AsyncBillingAccountsResourceWithRawResponse:
    """`client.billing_accounts.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncBillingAccountsResource) -> None:
        self.list_accounts = async_to_raw_response(resource.list_accounts)
        self.accounts_create = async_to_raw_response(resource.accounts_create)


class AsyncBillingAccountsResourceWithStreamingResponse:
    """`client.billing_accounts.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncBillingAccountsResource) -> None:
        self.list_accounts = async_to_streamed_response(resource.list_accounts)
        self.accounts_create = async_to_streamed_response(resource.accounts_create)

"""`client.company`: resource group."""

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


class CompanyResource:
    """Methods of `client.company`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> CompanyResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return CompanyResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> CompanyResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return CompanyResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Company:
        """Get company

        `GET /company`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Company`: A company and its people, who belong to it.

        Example:
            ```python
            client.company.list()
            ```
        """
        return self._core.request(
            "GET",
            "/company",
            cast_to=models.Company,
            options=request_options,
        )


class CompanyResourceWithRawResponse:
    """`client.company.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: CompanyResource) -> None:
        self.list = to_raw_response(resource.list)


class CompanyResourceWithStreamingResponse:
    """`client.company.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: CompanyResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncCompanyResource:
    """Async methods of `client.company`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncCompanyResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncCompanyResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncCompanyResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncCompanyResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Company:
        """Get company

        `GET /company`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Company`: A company and its people, who belong to it.

        Example:
            ```python
            await client.company.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/company",
            cast_to=models.Company,
            options=request_options,
        )


class AsyncCompanyResourceWithRawResponse:
    """`client.company.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncCompanyResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncCompanyResourceWithStreamingResponse:
    """`client.company.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncCompanyResource) -> None:
        self.list = async_to_streamed_response(resource.list)

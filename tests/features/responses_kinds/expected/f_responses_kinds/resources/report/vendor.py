"""`client.report.vendor`: resource group."""

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


class VendorResource:
    """Methods of `client.report.vendor`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> VendorResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return VendorResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> VendorResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return VendorResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.ReportVendorListResponse:
        """Get vendor json

        `GET /report/vendor`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.ReportVendorListResponse`: A vendor JSON media type.

        Example:
            ```python
            client.report.vendor.list()
            ```
        """
        return self._core.request(
            "GET",
            "/report/vendor",
            accept="application/vnd.example+json",
            cast_to=models.ReportVendorListResponse,
            options=request_options,
        )


class VendorResourceWithRawResponse:
    """`client.report.vendor.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: VendorResource) -> None:
        self.list = to_raw_response(resource.list)


class VendorResourceWithStreamingResponse:
    """`client.report.vendor.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: VendorResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncVendorResource:
    """Async methods of `client.report.vendor`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncVendorResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncVendorResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncVendorResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncVendorResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.ReportVendorListResponse:
        """Get vendor json

        `GET /report/vendor`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.ReportVendorListResponse`: A vendor JSON media type.

        Example:
            ```python
            await client.report.vendor.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/report/vendor",
            accept="application/vnd.example+json",
            cast_to=models.ReportVendorListResponse,
            options=request_options,
        )


class AsyncVendorResourceWithRawResponse:
    """`client.report.vendor.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncVendorResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncVendorResourceWithStreamingResponse:
    """`client.report.vendor.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncVendorResource) -> None:
        self.list = async_to_streamed_response(resource.list)

"""`client.report`: resource group."""

from __future__ import annotations

import functools
import typing

from ..._base_client import AsyncCore, SyncCore
from ..._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from ..._types import RequestOptions

if typing.TYPE_CHECKING:
    from .list import AsyncListResource, ListResource
    from .vendor import AsyncVendorResource, VendorResource


class ReportResource:
    """Methods of `client.report`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ReportResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ReportResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ReportResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ReportResourceWithStreamingResponse(self)

    @functools.cached_property
    def list(self) -> ListResource:
        from .list import ListResource

        return ListResource(self._core)

    @functools.cached_property
    def vendor(self) -> VendorResource:
        from .vendor import VendorResource

        return VendorResource(self._core)

    def delete(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Delete report

        `DELETE /report`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.report.delete()
            ```
        """
        self._core.request(
            "DELETE",
            "/report",
            cast_to=None,
            options=request_options,
        )


class ReportResourceWithRawResponse:
    """`client.report.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ReportResource) -> None:
        self.delete = to_raw_response(resource.delete)


class ReportResourceWithStreamingResponse:
    """`client.report.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ReportResource) -> None:
        self.delete = to_streamed_response(resource.delete)


class AsyncReportResource:
    """Async methods of `client.report`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncReportResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncReportResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncReportResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncReportResourceWithStreamingResponse(self)

    @functools.cached_property
    def list(self) -> AsyncListResource:
        from .list import AsyncListResource

        return AsyncListResource(self._core)

    @functools.cached_property
    def vendor(self) -> AsyncVendorResource:
        from .vendor import AsyncVendorResource

        return AsyncVendorResource(self._core)

    async def delete(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Delete report

        `DELETE /report`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.report.delete()
            ```
        """
        await self._core.request(
            "DELETE",
            "/report",
            cast_to=None,
            options=request_options,
        )


class AsyncReportResourceWithRawResponse:
    """`client.report.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncReportResource) -> None:
        self.delete = async_to_raw_response(resource.delete)


class AsyncReportResourceWithStreamingResponse:
    """`client.report.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncReportResource) -> None:
        self.delete = async_to_streamed_response(resource.delete)

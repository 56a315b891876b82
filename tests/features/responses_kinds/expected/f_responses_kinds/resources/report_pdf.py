"""`client.report_pdf`: resource group."""

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


class ReportPdfResource:
    """Methods of `client.report_pdf`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ReportPdfResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ReportPdfResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ReportPdfResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ReportPdfResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> bytes:
        """Get binary

        `GET /report.pdf`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `bytes`: Bytes.

        Example:
            ```python
            client.report_pdf.list()
            ```
        """
        return self._core.request(
            "GET",
            "/report.pdf",
            accept="application/pdf",
            cast_to=bytes,
            options=request_options,
        )


class ReportPdfResourceWithRawResponse:
    """`client.report_pdf.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ReportPdfResource) -> None:
        self.list = to_raw_response(resource.list)


class ReportPdfResourceWithStreamingResponse:
    """`client.report_pdf.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ReportPdfResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncReportPdfResource:
    """Async methods of `client.report_pdf`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncReportPdfResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncReportPdfResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncReportPdfResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncReportPdfResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> bytes:
        """Get binary

        `GET /report.pdf`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `bytes`: Bytes.

        Example:
            ```python
            await client.report_pdf.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/report.pdf",
            accept="application/pdf",
            cast_to=bytes,
            options=request_options,
        )


class AsyncReportPdfResourceWithRawResponse:
    """`client.report_pdf.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncReportPdfResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncReportPdfResourceWithStreamingResponse:
    """`client.report_pdf.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncReportPdfResource) -> None:
        self.list = async_to_streamed_response(resource.list)

"""`client.report_txt`: resource group."""

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


class ReportTxtResource:
    """Methods of `client.report_txt`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ReportTxtResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ReportTxtResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ReportTxtResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ReportTxtResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> str:
        """Get text

        `GET /report.txt`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `str`: Text.

        Example:
            ```python
            client.report_txt.list()
            ```
        """
        return self._core.request(
            "GET",
            "/report.txt",
            accept="text/plain",
            cast_to=str,
            options=request_options,
        )


class ReportTxtResourceWithRawResponse:
    """`client.report_txt.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ReportTxtResource) -> None:
        self.list = to_raw_response(resource.list)


class ReportTxtResourceWithStreamingResponse:
    """`client.report_txt.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ReportTxtResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncReportTxtResource:
    """Async methods of `client.report_txt`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncReportTxtResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncReportTxtResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncReportTxtResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncReportTxtResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> str:
        """Get text

        `GET /report.txt`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `str`: Text.

        Example:
            ```python
            await client.report_txt.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/report.txt",
            accept="text/plain",
            cast_to=str,
            options=request_options,
        )


class AsyncReportTxtResourceWithRawResponse:
    """`client.report_txt.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncReportTxtResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncReportTxtResourceWithStreamingResponse:
    """`client.report_txt.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncReportTxtResource) -> None:
        self.list = async_to_streamed_response(resource.list)

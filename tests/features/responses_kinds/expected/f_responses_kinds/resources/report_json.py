"""`client.report_json`: resource group."""

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


class ReportJsonResource:
    """Methods of `client.report_json`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ReportJsonResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ReportJsonResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ReportJsonResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ReportJsonResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.ReportJsonListResponse:
        """Get json

        `GET /report.json`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.ReportJsonListResponse`: JSON.

        Example:
            ```python
            client.report_json.list()
            ```
        """
        return self._core.request(
            "GET",
            "/report.json",
            cast_to=models.ReportJsonListResponse,
            options=request_options,
        )


class ReportJsonResourceWithRawResponse:
    """`client.report_json.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ReportJsonResource) -> None:
        self.list = to_raw_response(resource.list)


class ReportJsonResourceWithStreamingResponse:
    """`client.report_json.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ReportJsonResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncReportJsonResource:
    """Async methods of `client.report_json`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncReportJsonResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncReportJsonResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncReportJsonResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncReportJsonResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.ReportJsonListResponse:
        """Get json

        `GET /report.json`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.ReportJsonListResponse`: JSON.

        Example:
            ```python
            await client.report_json.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/report.json",
            cast_to=models.ReportJsonListResponse,
            options=request_options,
        )


class AsyncReportJsonResourceWithRawResponse:
    """`client.report_json.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncReportJsonResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncReportJsonResourceWithStreamingResponse:
    """`client.report_json.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncReportJsonResource) -> None:
        self.list = async_to_streamed_response(resource.list)

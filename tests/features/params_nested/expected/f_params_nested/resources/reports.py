"""`client.reports`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import models, params


class ReportsResource:
    """Methods of `client.reports`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ReportsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ReportsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ReportsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ReportsResourceWithStreamingResponse(self)

    def get(
        self,
        *,
        filter: params.Filter,
        x_filter: params.Filter,
        x_page: typing.Union[params.ReportsGetXPage, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.ReportsGetResponse:
        """Get report

        Objects holding objects and lists in a path and headers.

        `GET /reports/{filter}`

        Args:
            filter: The `filter` path parameter.
            x_filter: The `X-Filter` header parameter.
            x_page: The `X-Page` header parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.ReportsGetResponse`: The report.

        Example:
            ```python
            client.reports.get(
                filter={"kind": "string"},
                x_filter={"kind": "string"},
            )
            ```
        """
        return self._core.request(
            "GET",
            "/reports/{filter}",
            path_params={"filter": filter},
            headers={"X-Filter": x_filter, "X-Page": x_page},
            header_styles={"X-Filter": ("simple", True), "X-Page": ("simple", True)},
            cast_to=models.ReportsGetResponse,
            options=request_options,
        )


class ReportsResourceWithRawResponse:
    """`client.reports.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ReportsResource) -> None:
        self.get = to_raw_response(resource.get)


class ReportsResourceWithStreamingResponse:
    """`client.reports.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ReportsResource) -> None:
        self.get = to_streamed_response(resource.get)


class AsyncReportsResource:
    """Async methods of `client.reports`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncReportsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncReportsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncReportsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncReportsResourceWithStreamingResponse(self)

    async def get(
        self,
        *,
        filter: params.Filter,
        x_filter: params.Filter,
        x_page: typing.Union[params.ReportsGetXPage, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.ReportsGetResponse:
        """Get report

        Objects holding objects and lists in a path and headers.

        `GET /reports/{filter}`

        Args:
            filter: The `filter` path parameter.
            x_filter: The `X-Filter` header parameter.
            x_page: The `X-Page` header parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.ReportsGetResponse`: The report.

        Example:
            ```python
            await client.reports.get(
                filter={"kind": "string"},
                x_filter={"kind": "string"},
            )
            ```
        """
        return await self._core.request(
            "GET",
            "/reports/{filter}",
            path_params={"filter": filter},
            headers={"X-Filter": x_filter, "X-Page": x_page},
            header_styles={"X-Filter": ("simple", True), "X-Page": ("simple", True)},
            cast_to=models.ReportsGetResponse,
            options=request_options,
        )


class AsyncReportsResourceWithRawResponse:
    """`client.reports.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncReportsResource) -> None:
        self.get = async_to_raw_response(resource.get)


class AsyncReportsResourceWithStreamingResponse:
    """`client.reports.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncReportsResource) -> None:
        self.get = async_to_streamed_response(resource.get)

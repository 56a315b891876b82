"""`client.jobs`: resource group."""

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
from ..types import enums, models


class JobsResource:
    """Methods of `client.jobs`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> JobsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return JobsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> JobsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return JobsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        priority: typing.Union[enums.Priority, enums.PriorityLiteral],
        state: typing.Union[
            enums.JobsListStateEnum, enums.JobsListStateEnumLiteral, NotGiven
        ] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.List[models.Job]:
        """List jobs

        `GET /jobs`

        Args:
            priority: Integer priority levels.
            state: The `state` query parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.List[models.Job]`: Jobs.

        Example:
            ```python
            client.jobs.list(
                priority=1,
            )
            ```
        """
        return self._core.request(
            "GET",
            "/jobs",
            query={"priority": priority, "state": state},
            cast_to=typing.List[models.Job],
            options=request_options,
        )


class JobsResourceWithRawResponse:
    """`client.jobs.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: JobsResource) -> None:
        self.list = to_raw_response(resource.list)


class JobsResourceWithStreamingResponse:
    """`client.jobs.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: JobsResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncJobsResource:
    """Async methods of `client.jobs`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncJobsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncJobsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncJobsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncJobsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        priority: typing.Union[enums.Priority, enums.PriorityLiteral],
        state: typing.Union[
            enums.JobsListStateEnum, enums.JobsListStateEnumLiteral, NotGiven
        ] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.List[models.Job]:
        """List jobs

        `GET /jobs`

        Args:
            priority: Integer priority levels.
            state: The `state` query parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.List[models.Job]`: Jobs.

        Example:
            ```python
            await client.jobs.list(
                priority=1,
            )
            ```
        """
        return await self._core.request(
            "GET",
            "/jobs",
            query={"priority": priority, "state": state},
            cast_to=typing.List[models.Job],
            options=request_options,
        )


class AsyncJobsResourceWithRawResponse:
    """`client.jobs.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncJobsResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncJobsResourceWithStreamingResponse:
    """`client.jobs.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncJobsResource) -> None:
        self.list = async_to_streamed_response(resource.list)

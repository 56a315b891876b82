"""`client.session`: resource group."""

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


class SessionResource:
    """Methods of `client.session`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> SessionResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return SessionResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> SessionResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return SessionResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        x_request_id: str,
        session_id: str,
        x_retry_count: typing.Union[int, NotGiven] = NOT_GIVEN,
        x_flags: typing.Union[typing.Sequence[str], NotGiven] = NOT_GIVEN,
        theme: typing.Union[
            enums.SessionListThemeEnum, enums.SessionListThemeEnumLiteral, NotGiven
        ] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.SessionListResponse:
        """Get session

        `GET /session`

        Args:
            x_request_id: The `X-Request-Id` header parameter.
            session_id: The `session_id` cookie parameter.
            x_retry_count: The `X-Retry-Count` header parameter.
            x_flags: The `X-Flags` header parameter.
            theme: The `theme` cookie parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.SessionListResponse`: OK

        Example:
            ```python
            client.session.list(
                x_request_id="string",
                session_id="string",
            )
            ```
        """
        return self._core.request(
            "GET",
            "/session",
            headers={
                "X-Request-Id": x_request_id,
                "X-Retry-Count": x_retry_count,
                "X-Flags": x_flags,
            },
            cookies={"session_id": session_id, "theme": theme},
            cast_to=models.SessionListResponse,
            options=request_options,
        )


class SessionResourceWithRawResponse:
    """`client.session.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: SessionResource) -> None:
        self.list = to_raw_response(resource.list)


class SessionResourceWithStreamingResponse:
    """`client.session.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: SessionResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncSessionResource:
    """Async methods of `client.session`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncSessionResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncSessionResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncSessionResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncSessionResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        x_request_id: str,
        session_id: str,
        x_retry_count: typing.Union[int, NotGiven] = NOT_GIVEN,
        x_flags: typing.Union[typing.Sequence[str], NotGiven] = NOT_GIVEN,
        theme: typing.Union[
            enums.SessionListThemeEnum, enums.SessionListThemeEnumLiteral, NotGiven
        ] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.SessionListResponse:
        """Get session

        `GET /session`

        Args:
            x_request_id: The `X-Request-Id` header parameter.
            session_id: The `session_id` cookie parameter.
            x_retry_count: The `X-Retry-Count` header parameter.
            x_flags: The `X-Flags` header parameter.
            theme: The `theme` cookie parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.SessionListResponse`: OK

        Example:
            ```python
            await client.session.list(
                x_request_id="string",
                session_id="string",
            )
            ```
        """
        return await self._core.request(
            "GET",
            "/session",
            headers={
                "X-Request-Id": x_request_id,
                "X-Retry-Count": x_retry_count,
                "X-Flags": x_flags,
            },
            cookies={"session_id": session_id, "theme": theme},
            cast_to=models.SessionListResponse,
            options=request_options,
        )


class AsyncSessionResourceWithRawResponse:
    """`client.session.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncSessionResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncSessionResourceWithStreamingResponse:
    """`client.session.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncSessionResource) -> None:
        self.list = async_to_streamed_response(resource.list)

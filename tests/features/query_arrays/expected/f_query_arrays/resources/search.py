"""`client.search`: resource group."""

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


class SearchResource:
    """Methods of `client.search`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> SearchResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return SearchResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> SearchResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return SearchResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        form_exploded: typing.Union[typing.Sequence[str], NotGiven] = NOT_GIVEN,
        form_flat: typing.Union[typing.Sequence[str], NotGiven] = NOT_GIVEN,
        spaced: typing.Union[typing.Sequence[str], NotGiven] = NOT_GIVEN,
        piped: typing.Union[typing.Sequence[int], NotGiven] = NOT_GIVEN,
        text: typing.Union[str, NotGiven] = NOT_GIVEN,
        flag: typing.Union[bool, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.List[str]:
        """Search

        `GET /search`

        Args:
            form_exploded: style: form, explode: true (the default): tags=a&tags=b
            form_flat: The `form_flat` query parameter.
            spaced: The `spaced` query parameter.
            piped: The `piped` query parameter.
            text: A plain string, percent-encoded.
            flag: The `flag` query parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.List[str]`: OK

        Example:
            ```python
            client.search.list()
            ```
        """
        return self._core.request(
            "GET",
            "/search",
            query={
                "form_exploded": form_exploded,
                "form_flat": form_flat,
                "spaced": spaced,
                "piped": piped,
                "text": text,
                "flag": flag,
            },
            query_styles={
                "form_flat": ("form", False),
                "spaced": ("spaceDelimited", False),
                "piped": ("pipeDelimited", False),
            },
            cast_to=typing.List[str],
            options=request_options,
        )


class SearchResourceWithRawResponse:
    """`client.search.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: SearchResource) -> None:
        self.list = to_raw_response(resource.list)


class SearchResourceWithStreamingResponse:
    """`client.search.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: SearchResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncSearchResource:
    """Async methods of `client.search`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncSearchResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncSearchResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncSearchResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncSearchResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        form_exploded: typing.Union[typing.Sequence[str], NotGiven] = NOT_GIVEN,
        form_flat: typing.Union[typing.Sequence[str], NotGiven] = NOT_GIVEN,
        spaced: typing.Union[typing.Sequence[str], NotGiven] = NOT_GIVEN,
        piped: typing.Union[typing.Sequence[int], NotGiven] = NOT_GIVEN,
        text: typing.Union[str, NotGiven] = NOT_GIVEN,
        flag: typing.Union[bool, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.List[str]:
        """Search

        `GET /search`

        Args:
            form_exploded: style: form, explode: true (the default): tags=a&tags=b
            form_flat: The `form_flat` query parameter.
            spaced: The `spaced` query parameter.
            piped: The `piped` query parameter.
            text: A plain string, percent-encoded.
            flag: The `flag` query parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.List[str]`: OK

        Example:
            ```python
            await client.search.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/search",
            query={
                "form_exploded": form_exploded,
                "form_flat": form_flat,
                "spaced": spaced,
                "piped": piped,
                "text": text,
                "flag": flag,
            },
            query_styles={
                "form_flat": ("form", False),
                "spaced": ("spaceDelimited", False),
                "piped": ("pipeDelimited", False),
            },
            cast_to=typing.List[str],
            options=request_options,
        )


class AsyncSearchResourceWithRawResponse:
    """`client.search.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncSearchResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncSearchResourceWithStreamingResponse:
    """`client.search.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncSearchResource) -> None:
        self.list = async_to_streamed_response(resource.list)

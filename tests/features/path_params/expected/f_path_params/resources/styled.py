"""`client.styled`: resource group."""

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
from ..types import params


class StyledResource:
    """Methods of `client.styled`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> StyledResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return StyledResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> StyledResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return StyledResourceWithStreamingResponse(self)

    def get(
        self,
        *,
        a: int,
        b: typing.Sequence[str],
        c: typing.Sequence[int],
        d: params.StyledGetD,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Get styled

        Label and matrix styles: `.5`, `.x.y`, `;c=1,2`, `;lat=1;lon=2`.

        `GET /styled/{a}/{b}/{c}/{d}`

        Args:
            a: The `a` path parameter.
            b: The `b` path parameter.
            c: The `c` path parameter.
            d: The `d` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.styled.get(
                a=1,
                b=["string"],
                c=[1],
                d={"lat": 1.0, "lon": 1.0},
            )
            ```
        """
        self._core.request(
            "GET",
            "/styled/{a}/{b}/{c}/{d}",
            path_params={"a": a, "b": b, "c": c, "d": d},
            path_styles={
                "a": ("label", False),
                "b": ("label", True),
                "c": ("matrix", False),
                "d": ("matrix", True),
            },
            cast_to=None,
            options=request_options,
        )


class StyledResourceWithRawResponse:
    """`client.styled.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: StyledResource) -> None:
        self.get = to_raw_response(resource.get)


class StyledResourceWithStreamingResponse:
    """`client.styled.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: StyledResource) -> None:
        self.get = to_streamed_response(resource.get)


class AsyncStyledResource:
    """Async methods of `client.styled`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncStyledResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncStyledResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncStyledResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncStyledResourceWithStreamingResponse(self)

    async def get(
        self,
        *,
        a: int,
        b: typing.Sequence[str],
        c: typing.Sequence[int],
        d: params.StyledGetD,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Get styled

        Label and matrix styles: `.5`, `.x.y`, `;c=1,2`, `;lat=1;lon=2`.

        `GET /styled/{a}/{b}/{c}/{d}`

        Args:
            a: The `a` path parameter.
            b: The `b` path parameter.
            c: The `c` path parameter.
            d: The `d` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.styled.get(
                a=1,
                b=["string"],
                c=[1],
                d={"lat": 1.0, "lon": 1.0},
            )
            ```
        """
        await self._core.request(
            "GET",
            "/styled/{a}/{b}/{c}/{d}",
            path_params={"a": a, "b": b, "c": c, "d": d},
            path_styles={
                "a": ("label", False),
                "b": ("label", True),
                "c": ("matrix", False),
                "d": ("matrix", True),
            },
            cast_to=None,
            options=request_options,
        )


class AsyncStyledResourceWithRawResponse:
    """`client.styled.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncStyledResource) -> None:
        self.get = async_to_raw_response(resource.get)


class AsyncStyledResourceWithStreamingResponse:
    """`client.styled.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncStyledResource) -> None:
        self.get = async_to_streamed_response(resource.get)

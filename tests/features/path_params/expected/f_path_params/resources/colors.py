"""`client.colors`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._raw import async_to_raw_response, to_raw_response
from .._types import RequestOptions


class ColorsResource:
    """Methods of `client.colors`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ColorsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ColorsResourceWithRawResponse(self)

    def get(
        self,
        *,
        ids: typing.Sequence[int],
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Get colors

        `GET /colors/{ids}`

        Args:
            ids: The `ids` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.colors.get(
                ids=[1],
            )
            ```
        """
        self._core.request(
            "GET",
            "/colors/{ids}",
            path_params={"ids": ids},
            cast_to=None,
            options=request_options,
        )


class ColorsResourceWithRawResponse:
    """`client.colors.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ColorsResource) -> None:
        self.get = to_raw_response(resource.get)


class AsyncColorsResource:
    """Async methods of `client.colors`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncColorsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncColorsResourceWithRawResponse(self)

    async def get(
        self,
        *,
        ids: typing.Sequence[int],
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Get colors

        `GET /colors/{ids}`

        Args:
            ids: The `ids` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.colors.get(
                ids=[1],
            )
            ```
        """
        await self._core.request(
            "GET",
            "/colors/{ids}",
            path_params={"ids": ids},
            cast_to=None,
            options=request_options,
        )


class AsyncColorsResourceWithRawResponse:
    """`client.colors.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncColorsResource) -> None:
        self.get = async_to_raw_response(resource.get)

"""`client.urled`: Items with a next-page URL.."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._pagination import AsyncPager, Paging, SyncPage, request_page
from .._raw import async_to_raw_response, to_raw_response
from .._types import RequestOptions
from ..types import models


class UrledResource:
    """Methods of `client.urled`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> UrledResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return UrledResourceWithRawResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> SyncPage[models.Item]:
        """Items with a next-page URL.

        `GET /urled`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `SyncPage[models.Item]`: the first page (`models.UrledListResponse` is its `body`); iterating it yields every item of every page, fetching each page when reached.

        Example:
            ```python
            for item in client.urled.list():
                print(item)
            ```
        """
        return request_page(
            self._core,
            "GET",
            "/urled",
            cast_to=models.UrledListResponse,
            paging=Paging("next_url", items="results", field="next"),
            options=request_options,
        )


class UrledResourceWithRawResponse:
    """`client.urled.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: UrledResource) -> None:
        self.list = to_raw_response(resource.list)


class AsyncUrledResource:
    """Async methods of `client.urled`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncUrledResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncUrledResourceWithRawResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> AsyncPager[models.Item]:
        """Items with a next-page URL.

        `GET /urled`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `AsyncPager[models.Item]`: `await` it for the first page (an `AsyncPage`, whose `body` is `models.UrledListResponse`), or `async for` over it for every item of every page, each page fetched when reached.

        Example:
            ```python
            async for item in client.urled.list():
                print(item)
            ```
        """
        return AsyncPager(
            self._core,
            "GET",
            "/urled",
            cast_to=models.UrledListResponse,
            paging=Paging("next_url", items="results", field="next"),
            options=request_options,
        )


class AsyncUrledResourceWithRawResponse:
    """`client.urled.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncUrledResource) -> None:
        self.list = async_to_raw_response(resource.list)

"""`client.linked`: Items with a Link header.."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._pagination import AsyncPager, Paging, SyncPage, request_page
from .._raw import async_to_raw_response, to_raw_response
from .._types import RequestOptions
from ..types import models


class LinkedResource:
    """Methods of `client.linked`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> LinkedResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return LinkedResourceWithRawResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> SyncPage[models.Item]:
        """Items with a Link header.

        `GET /linked`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `SyncPage[models.Item]`: the first page (`models.LinkedListResponse` is its `body`); iterating it yields every item of every page, fetching each page when reached.

        Example:
            ```python
            for item in client.linked.list():
                print(item)
            ```
        """
        return request_page(
            self._core,
            "GET",
            "/linked",
            cast_to=models.LinkedListResponse,
            paging=Paging("link_header", items="items"),
            options=request_options,
        )


class LinkedResourceWithRawResponse:
    """`client.linked.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: LinkedResource) -> None:
        self.list = to_raw_response(resource.list)


class AsyncLinkedResource:
    """Async methods of `client.linked`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncLinkedResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncLinkedResourceWithRawResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> AsyncPager[models.Item]:
        """Items with a Link header.

        `GET /linked`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `AsyncPager[models.Item]`: `await` it for the first page (an `AsyncPage`, whose `body` is `models.LinkedListResponse`), or `async for` over it for every item of every page, each page fetched when reached.

        Example:
            ```python
            async for item in client.linked.list():
                print(item)
            ```
        """
        return AsyncPager(
            self._core,
            "GET",
            "/linked",
            cast_to=models.LinkedListResponse,
            paging=Paging("link_header", items="items"),
            options=request_options,
        )


class AsyncLinkedResourceWithRawResponse:
    """`client.linked.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncLinkedResource) -> None:
        self.list = async_to_raw_response(resource.list)

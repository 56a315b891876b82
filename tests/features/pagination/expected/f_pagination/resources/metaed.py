"""`client.metaed`: Items with the next page's URL in a `meta` object.."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._pagination import AsyncPager, Paging, SyncPage, request_page
from .._raw import async_to_raw_response, to_raw_response
from .._types import RequestOptions
from ..types import models


class MetaedResource:
    """Methods of `client.metaed`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> MetaedResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return MetaedResourceWithRawResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> SyncPage[models.Item]:
        """Items with the next page's URL in a `meta` object.

        `GET /metaed`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `SyncPage[models.Item]`: the first page (`models.MetaedListResponse` is its `body`); iterating it yields every item of every page, fetching each page when reached.

        Example:
            ```python
            for item in client.metaed.list():
                print(item)
            ```
        """
        return request_page(
            self._core,
            "GET",
            "/metaed",
            cast_to=models.MetaedListResponse,
            paging=Paging("next_url", items="things", field="meta.next_page_url"),
            options=request_options,
        )


class MetaedResourceWithRawResponse:
    """`client.metaed.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: MetaedResource) -> None:
        self.list = to_raw_response(resource.list)


class AsyncMetaedResource:
    """Async methods of `client.metaed`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncMetaedResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncMetaedResourceWithRawResponse(self)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> AsyncPager[models.Item]:
        """Items with the next page's URL in a `meta` object.

        `GET /metaed`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `AsyncPager[models.Item]`: `await` it for the first page (an `AsyncPage`, whose `body` is `models.MetaedListResponse`), or `async for` over it for every item of every page, each page fetched when reached.

        Example:
            ```python
            async for item in client.metaed.list():
                print(item)
            ```
        """
        return AsyncPager(
            self._core,
            "GET",
            "/metaed",
            cast_to=models.MetaedListResponse,
            paging=Paging("next_url", items="things", field="meta.next_page_url"),
            options=request_options,
        )


class AsyncMetaedResourceWithRawResponse:
    """`client.metaed.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncMetaedResource) -> None:
        self.list = async_to_raw_response(resource.list)

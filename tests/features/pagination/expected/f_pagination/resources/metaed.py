"""`client.metaed`: Items with the next page's URL in a `meta` object.."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._pagination import AsyncPage, Paging, SyncPage
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
            client.metaed.list()
            ```
        """
        return self._core.request_page(
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

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> AsyncPage[models.Item]:
        """Items with the next page's URL in a `meta` object.

        `GET /metaed`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `AsyncPage[models.Item]`: the first page (`models.MetaedListResponse` is its `body`); iterating it yields every item of every page, fetching each page when reached.

        Example:
            ```python
            await client.metaed.list()
            ```
        """
        return await self._core.request_page(
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

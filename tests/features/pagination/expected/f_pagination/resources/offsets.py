"""`client.offsets`: Items by offset and limit.."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._pagination import AsyncPager, Paging, SyncPage, request_page
from .._raw import async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import models


class OffsetsResource:
    """Methods of `client.offsets`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> OffsetsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return OffsetsResourceWithRawResponse(self)

    def list(
        self,
        *,
        offset: typing.Union[int, NotGiven] = NOT_GIVEN,
        limit: typing.Union[int, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> SyncPage[models.Item]:
        """Items by offset and limit.

        `GET /offsets`

        Args:
            offset: The `offset` query parameter.
            limit: The `limit` query parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `SyncPage[models.Item]`: the first page (`models.OffsetsListResponse` is its `body`); iterating it yields every item of every page, fetching each page when reached.

        Example:
            ```python
            for item in client.offsets.list():
                print(item)
            ```
        """
        return request_page(
            self._core,
            "GET",
            "/offsets",
            query={"offset": offset, "limit": limit},
            cast_to=models.OffsetsListResponse,
            paging=Paging(
                "offset", items="records", param="offset", limit_param="limit"
            ),
            options=request_options,
        )


class OffsetsResourceWithRawResponse:
    """`client.offsets.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: OffsetsResource) -> None:
        self.list = to_raw_response(resource.list)


class AsyncOffsetsResource:
    """Async methods of `client.offsets`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncOffsetsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncOffsetsResourceWithRawResponse(self)

    def list(
        self,
        *,
        offset: typing.Union[int, NotGiven] = NOT_GIVEN,
        limit: typing.Union[int, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> AsyncPager[models.Item]:
        """Items by offset and limit.

        `GET /offsets`

        Args:
            offset: The `offset` query parameter.
            limit: The `limit` query parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `AsyncPager[models.Item]`: `await` it for the first page (an `AsyncPage`, whose `body` is `models.OffsetsListResponse`), or `async for` over it for every item of every page, each page fetched when reached.

        Example:
            ```python
            async for item in client.offsets.list():
                print(item)
            ```
        """
        return AsyncPager(
            self._core,
            "GET",
            "/offsets",
            query={"offset": offset, "limit": limit},
            cast_to=models.OffsetsListResponse,
            paging=Paging(
                "offset", items="records", param="offset", limit_param="limit"
            ),
            options=request_options,
        )


class AsyncOffsetsResourceWithRawResponse:
    """`client.offsets.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncOffsetsResource) -> None:
        self.list = async_to_raw_response(resource.list)

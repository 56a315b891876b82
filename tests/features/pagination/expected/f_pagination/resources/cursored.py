"""`client.cursored`: Items by cursor.."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._pagination import AsyncPager, Paging, SyncPage, request_page
from .._raw import async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import models


class CursoredResource:
    """Methods of `client.cursored`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> CursoredResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return CursoredResourceWithRawResponse(self)

    def list(
        self,
        *,
        cursor: typing.Union[str, NotGiven] = NOT_GIVEN,
        limit: typing.Union[int, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> SyncPage[models.Item]:
        """Items by cursor.

        `GET /cursored`

        Args:
            cursor: The `cursor` query parameter.
            limit: The `limit` query parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `SyncPage[models.Item]`: the first page (`models.CursoredListResponse` is its `body`); iterating it yields every item of every page, fetching each page when reached.

        Example:
            ```python
            for item in client.cursored.list():
                print(item)
            ```
        """
        return request_page(
            self._core,
            "GET",
            "/cursored",
            query={"cursor": cursor, "limit": limit},
            cast_to=models.CursoredListResponse,
            paging=Paging("cursor", items="data", param="cursor", field="next_cursor"),
            options=request_options,
        )


class CursoredResourceWithRawResponse:
    """`client.cursored.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: CursoredResource) -> None:
        self.list = to_raw_response(resource.list)


class AsyncCursoredResource:
    """Async methods of `client.cursored`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncCursoredResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncCursoredResourceWithRawResponse(self)

    def list(
        self,
        *,
        cursor: typing.Union[str, NotGiven] = NOT_GIVEN,
        limit: typing.Union[int, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> AsyncPager[models.Item]:
        """Items by cursor.

        `GET /cursored`

        Args:
            cursor: The `cursor` query parameter.
            limit: The `limit` query parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `AsyncPager[models.Item]`: `await` it for the first page (an `AsyncPage`, whose `body` is `models.CursoredListResponse`), or `async for` over it for every item of every page, each page fetched when reached.

        Example:
            ```python
            async for item in client.cursored.list():
                print(item)
            ```
        """
        return AsyncPager(
            self._core,
            "GET",
            "/cursored",
            query={"cursor": cursor, "limit": limit},
            cast_to=models.CursoredListResponse,
            paging=Paging("cursor", items="data", param="cursor", field="next_cursor"),
            options=request_options,
        )


class AsyncCursoredResourceWithRawResponse:
    """`client.cursored.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncCursoredResource) -> None:
        self.list = async_to_raw_response(resource.list)

"""`client.numbered`: Items by page number.."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._pagination import AsyncPager, Paging, SyncPage, request_page
from .._raw import async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import models


class NumberedResource:
    """Methods of `client.numbered`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> NumberedResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return NumberedResourceWithRawResponse(self)

    def list(
        self,
        *,
        page: typing.Union[int, NotGiven] = NOT_GIVEN,
        per_page: typing.Union[int, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> SyncPage[models.Item]:
        """Items by page number.

        `GET /numbered`

        Args:
            page: The `page` query parameter.
            per_page: The `per_page` query parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `SyncPage[models.Item]`: the first page (`models.NumberedListResponse` is its `body`); iterating it yields every item of every page, fetching each page when reached.

        Example:
            ```python
            for item in client.numbered.list():
                print(item)
            ```
        """
        return request_page(
            self._core,
            "GET",
            "/numbered",
            query={"page": page, "per_page": per_page},
            cast_to=models.NumberedListResponse,
            paging=Paging(
                "page", items="entries", param="page", limit_param="per_page"
            ),
            options=request_options,
        )


class NumberedResourceWithRawResponse:
    """`client.numbered.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: NumberedResource) -> None:
        self.list = to_raw_response(resource.list)


class AsyncNumberedResource:
    """Async methods of `client.numbered`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncNumberedResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncNumberedResourceWithRawResponse(self)

    def list(
        self,
        *,
        page: typing.Union[int, NotGiven] = NOT_GIVEN,
        per_page: typing.Union[int, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> AsyncPager[models.Item]:
        """Items by page number.

        `GET /numbered`

        Args:
            page: The `page` query parameter.
            per_page: The `per_page` query parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `AsyncPager[models.Item]`: `await` it for the first page (an `AsyncPage`, whose `body` is `models.NumberedListResponse`), or `async for` over it for every item of every page, each page fetched when reached.

        Example:
            ```python
            async for item in client.numbered.list():
                print(item)
            ```
        """
        return AsyncPager(
            self._core,
            "GET",
            "/numbered",
            query={"page": page, "per_page": per_page},
            cast_to=models.NumberedListResponse,
            paging=Paging(
                "page", items="entries", param="page", limit_param="per_page"
            ),
            options=request_options,
        )


class AsyncNumberedResourceWithRawResponse:
    """`client.numbered.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncNumberedResource) -> None:
        self.list = async_to_raw_response(resource.list)

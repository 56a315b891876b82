"""`client.custom`: Items by a cursor under names only the config knows.."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._pagination import AsyncPager, Paging, SyncPage, request_page
from .._raw import async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import models


class CustomResource:
    """Methods of `client.custom`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> CustomResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return CustomResourceWithRawResponse(self)

    def list(
        self,
        *,
        since: typing.Union[str, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> SyncPage[models.Item]:
        """Items by a cursor under names only the config knows.

        `GET /custom`

        Args:
            since: The `since` query parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `SyncPage[models.Item]`: the first page (`models.CustomListResponse` is its `body`); iterating it yields every item of every page, fetching each page when reached.

        Example:
            ```python
            for item in client.custom.list():
                print(item)
            ```
        """
        return request_page(
            self._core,
            "GET",
            "/custom",
            query={"since": since},
            cast_to=models.CustomListResponse,
            paging=Paging("cursor", items="rows", param="since", field="continuation"),
            options=request_options,
        )


class CustomResourceWithRawResponse:
    """`client.custom.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: CustomResource) -> None:
        self.list = to_raw_response(resource.list)


class AsyncCustomResource:
    """Async methods of `client.custom`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncCustomResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncCustomResourceWithRawResponse(self)

    def list(
        self,
        *,
        since: typing.Union[str, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> AsyncPager[models.Item]:
        """Items by a cursor under names only the config knows.

        `GET /custom`

        Args:
            since: The `since` query parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `AsyncPager[models.Item]`: `await` it for the first page (an `AsyncPage`, whose `body` is `models.CustomListResponse`), or `async for` over it for every item of every page, each page fetched when reached.

        Example:
            ```python
            async for item in client.custom.list():
                print(item)
            ```
        """
        return AsyncPager(
            self._core,
            "GET",
            "/custom",
            query={"since": since},
            cast_to=models.CustomListResponse,
            paging=Paging("cursor", items="rows", param="since", field="continuation"),
            options=request_options,
        )


class AsyncCustomResourceWithRawResponse:
    """`client.custom.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncCustomResource) -> None:
        self.list = async_to_raw_response(resource.list)

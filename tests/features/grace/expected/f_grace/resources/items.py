"""`client.items`: resource group."""

from __future__ import annotations

import typing

import typing_extensions

from .._base_client import AsyncCore, SyncCore, check_body
from .._deprecation import Rule, warn_deprecated, without
from .._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import models, params

_UPDATE_REMOVED: typing.Tuple[typing.Tuple[str, ...], ...] = (
    ("options", "legacy_mode"),
)
_LIST_DEPRECATIONS: typing.Tuple[Rule, ...] = (
    (
        ("sort",),
        None,
        "`sort` was removed from `GET /items` in release 2.0.0; it is not sent.",
    ),
    (
        ("x_legacy_token",),
        None,
        "`x_legacy_token` was removed from `GET /items` in release 2.0.0; it is not sent.",
    ),
    (
        ("session_hint",),
        None,
        "`session_hint` was removed from `GET /items` in release 2.0.0; it is not sent.",
    ),
)
_CREATE_DEPRECATIONS: typing.Tuple[Rule, ...] = (
    (
        ("dry_run",),
        None,
        "`dry_run` was removed from `POST /items` in release 2.0.0; it is not sent.",
    ),
    (
        ("options", "legacy_mode"),
        None,
        "`options['legacy_mode']` was removed from `POST /items` in release 2.0.0; it is not sent.",
    ),
)
_UPDATE_DEPRECATIONS: typing.Tuple[Rule, ...] = (
    (
        ("notify",),
        None,
        "`notify` was removed from `PUT /items/{itemId}` in release 2.0.0; it is not sent.",
    ),
    (
        ("name_",),
        None,
        "`name_` was removed from `PUT /items/{itemId}` in release 2.0.0; it is not sent.",
    ),
    (
        ("options", "legacy_mode"),
        None,
        "`options['legacy_mode']` was removed from `PUT /items/{itemId}` in release 2.0.0; it is not sent.",
    ),
)


class ItemsResource:
    """Methods of `client.items`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ItemsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ItemsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ItemsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ItemsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: typing.Union[int, NotGiven] = NOT_GIVEN,
        x_trace_id: typing.Union[str, NotGiven] = NOT_GIVEN,
        sort: typing.Union[str, NotGiven] = NOT_GIVEN,
        x_legacy_token: typing.Union[str, NotGiven] = NOT_GIVEN,
        session_hint: typing.Union[str, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.List[models.Item]:
        """List items

        `GET /items`

        Args:
            limit: The `limit` query parameter.
            x_trace_id: The `x-trace-id` header parameter.
            sort: Results come in creation order now. Deprecated.
            x_legacy_token: The `X-Legacy-Token` header parameter. Deprecated.
            session_hint: The `session_hint` cookie parameter. Deprecated.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.List[models.Item]`: OK

        Example:
            ```python
            client.items.list()
            ```
        """
        warn_deprecated(
            {
                "session_hint": session_hint,
                "sort": sort,
                "x_legacy_token": x_legacy_token,
            },
            _LIST_DEPRECATIONS,
        )
        return self._core.request(
            "GET",
            "/items",
            query={"limit": limit},
            headers={"x-trace-id": x_trace_id},
            cast_to=typing.List[models.Item],
            options=request_options,
        )

    def create(
        self,
        *,
        item_name: str,
        dry_run: typing.Union[bool, NotGiven] = NOT_GIVEN,
        options: typing.Union[params.Options, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Item:
        """Create item

        `POST /items`

        Args:
            item_name: `item-name` in the request body.
            dry_run: The `dryRun` query parameter. Deprecated.
            options: `options` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Item`: Created

        Example:
            ```python
            client.items.create(
                item_name="string",
            )
            ```
        """
        warn_deprecated({"dry_run": dry_run, "options": options}, _CREATE_DEPRECATIONS)
        options = without(options, (("legacy_mode",),))
        return self._core.request(
            "POST",
            "/items",
            json={"item-name": item_name, "options": options},
            cast_to=models.Item,
            options=request_options,
        )

    def update(
        self,
        *,
        item_id: int,
        notify: typing.Union[bool, NotGiven] = NOT_GIVEN,
        name_: typing.Union[str, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.ItemsUpdateBody],
    ) -> models.Item:
        """Update item

        `PUT /items/{itemId}`

        Args:
            item_id: The `itemId` path parameter.
            name: `name` in the request body.
            notify: The `notify` query parameter. Deprecated.
            name_: The old place of `name`. Deprecated.
            options: `options` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Item`: OK

        Example:
            ```python
            client.items.update(
                item_id=1,
                name="string",
            )
            ```
        """
        check_body("update", body, params.ItemsUpdateBody)
        warn_deprecated(
            {**body, "name_": name_, "notify": notify}, _UPDATE_DEPRECATIONS
        )
        body = without(body, _UPDATE_REMOVED)
        return self._core.request(
            "PUT",
            "/items/{itemId}",
            path_params={"itemId": item_id},
            json=body,
            cast_to=models.Item,
            options=request_options,
        )


class ItemsResourceWithRawResponse:
    """`client.items.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ItemsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.update = to_raw_response(resource.update)


class ItemsResourceWithStreamingResponse:
    """`client.items.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ItemsResource) -> None:
        self.list = to_streamed_response(resource.list)
        self.create = to_streamed_response(resource.create)
        self.update = to_streamed_response(resource.update)


class AsyncItemsResource:
    """Async methods of `client.items`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncItemsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncItemsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncItemsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncItemsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        limit: typing.Union[int, NotGiven] = NOT_GIVEN,
        x_trace_id: typing.Union[str, NotGiven] = NOT_GIVEN,
        sort: typing.Union[str, NotGiven] = NOT_GIVEN,
        x_legacy_token: typing.Union[str, NotGiven] = NOT_GIVEN,
        session_hint: typing.Union[str, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.List[models.Item]:
        """List items

        `GET /items`

        Args:
            limit: The `limit` query parameter.
            x_trace_id: The `x-trace-id` header parameter.
            sort: Results come in creation order now. Deprecated.
            x_legacy_token: The `X-Legacy-Token` header parameter. Deprecated.
            session_hint: The `session_hint` cookie parameter. Deprecated.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.List[models.Item]`: OK

        Example:
            ```python
            await client.items.list()
            ```
        """
        warn_deprecated(
            {
                "session_hint": session_hint,
                "sort": sort,
                "x_legacy_token": x_legacy_token,
            },
            _LIST_DEPRECATIONS,
        )
        return await self._core.request(
            "GET",
            "/items",
            query={"limit": limit},
            headers={"x-trace-id": x_trace_id},
            cast_to=typing.List[models.Item],
            options=request_options,
        )

    async def create(
        self,
        *,
        item_name: str,
        dry_run: typing.Union[bool, NotGiven] = NOT_GIVEN,
        options: typing.Union[params.Options, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Item:
        """Create item

        `POST /items`

        Args:
            item_name: `item-name` in the request body.
            dry_run: The `dryRun` query parameter. Deprecated.
            options: `options` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Item`: Created

        Example:
            ```python
            await client.items.create(
                item_name="string",
            )
            ```
        """
        warn_deprecated({"dry_run": dry_run, "options": options}, _CREATE_DEPRECATIONS)
        options = without(options, (("legacy_mode",),))
        return await self._core.request(
            "POST",
            "/items",
            json={"item-name": item_name, "options": options},
            cast_to=models.Item,
            options=request_options,
        )

    async def update(
        self,
        *,
        item_id: int,
        notify: typing.Union[bool, NotGiven] = NOT_GIVEN,
        name_: typing.Union[str, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.ItemsUpdateBody],
    ) -> models.Item:
        """Update item

        `PUT /items/{itemId}`

        Args:
            item_id: The `itemId` path parameter.
            name: `name` in the request body.
            notify: The `notify` query parameter. Deprecated.
            name_: The old place of `name`. Deprecated.
            options: `options` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Item`: OK

        Example:
            ```python
            await client.items.update(
                item_id=1,
                name="string",
            )
            ```
        """
        check_body("update", body, params.ItemsUpdateBody)
        warn_deprecated(
            {**body, "name_": name_, "notify": notify}, _UPDATE_DEPRECATIONS
        )
        body = without(body, _UPDATE_REMOVED)
        return await self._core.request(
            "PUT",
            "/items/{itemId}",
            path_params={"itemId": item_id},
            json=body,
            cast_to=models.Item,
            options=request_options,
        )


class AsyncItemsResourceWithRawResponse:
    """`client.items.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncItemsResource) -> None:
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.update = async_to_raw_response(resource.update)


class AsyncItemsResourceWithStreamingResponse:
    """`client.items.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncItemsResource) -> None:
        self.list = async_to_streamed_response(resource.list)
        self.create = async_to_streamed_response(resource.create)
        self.update = async_to_streamed_response(resource.update)

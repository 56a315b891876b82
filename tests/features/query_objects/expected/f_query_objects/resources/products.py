"""`client.products`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import models, params


class ProductsResource:
    """Methods of `client.products`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ProductsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ProductsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ProductsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ProductsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        filter: typing.Union[params.Filter, NotGiven] = NOT_GIVEN,
        page: typing.Union[params.ProductsListPage, NotGiven] = NOT_GIVEN,
        point: typing.Union[params.ProductsListPoint, NotGiven] = NOT_GIVEN,
        where: typing.Union[params.ProductsListWhere, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.ProductsListResponse:
        """List products

        `GET /products`

        Args:
            filter: The `filter` query parameter.
            page: style: form, explode: true: each property is its own parameter.
            point: The `point` query parameter.
            where: A JSON object in one query parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.ProductsListResponse`: OK

        Example:
            ```python
            client.products.list()
            ```
        """
        return self._core.request(
            "GET",
            "/products",
            query={"filter": filter, "page": page, "point": point, "where": where},
            query_styles={
                "filter": ("deepObject", True),
                "point": ("form", False),
                "where": ("json", False),
            },
            cast_to=models.ProductsListResponse,
            options=request_options,
        )


class ProductsResourceWithRawResponse:
    """`client.products.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ProductsResource) -> None:
        self.list = to_raw_response(resource.list)


class ProductsResourceWithStreamingResponse:
    """`client.products.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ProductsResource) -> None:
        self.list = to_streamed_response(resource.list)


class AsyncProductsResource:
    """Async methods of `client.products`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncProductsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncProductsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncProductsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncProductsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        filter: typing.Union[params.Filter, NotGiven] = NOT_GIVEN,
        page: typing.Union[params.ProductsListPage, NotGiven] = NOT_GIVEN,
        point: typing.Union[params.ProductsListPoint, NotGiven] = NOT_GIVEN,
        where: typing.Union[params.ProductsListWhere, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.ProductsListResponse:
        """List products

        `GET /products`

        Args:
            filter: The `filter` query parameter.
            page: style: form, explode: true: each property is its own parameter.
            point: The `point` query parameter.
            where: A JSON object in one query parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.ProductsListResponse`: OK

        Example:
            ```python
            await client.products.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/products",
            query={"filter": filter, "page": page, "point": point, "where": where},
            query_styles={
                "filter": ("deepObject", True),
                "point": ("form", False),
                "where": ("json", False),
            },
            cast_to=models.ProductsListResponse,
            options=request_options,
        )


class AsyncProductsResourceWithRawResponse:
    """`client.products.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncProductsResource) -> None:
        self.list = async_to_raw_response(resource.list)


class AsyncProductsResourceWithStreamingResponse:
    """`client.products.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncProductsResource) -> None:
        self.list = async_to_streamed_response(resource.list)

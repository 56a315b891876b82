"""`client.v1.projects.archive`: resource group."""

from __future__ import annotations

import typing

from ...._base_client import AsyncCore, SyncCore
from ...._raw import async_to_raw_response, to_raw_response
from ...._types import RequestOptions


class ArchiveResource:
    """Methods of `client.v1.projects.archive`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ArchiveResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ArchiveResourceWithRawResponse(self)

    def create(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """create

        `POST /v1/projects/{id}/archive`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.v1.projects.archive.create(
                id="string",
            )
            ```
        """
        self._core.request(
            "POST",
            "/v1/projects/{id}/archive",
            path_params={"id": id},
            cast_to=None,
            options=request_options,
        )


class ArchiveResourceWithRawResponse:
    """`client.v1.projects.archive.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ArchiveResource) -> None:
        self.create = to_raw_response(resource.create)


class AsyncArchiveResource:
    """Async methods of `client.v1.projects.archive`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncArchiveResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncArchiveResourceWithRawResponse(self)

    async def create(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """create

        `POST /v1/projects/{id}/archive`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.v1.projects.archive.create(
                id="string",
            )
            ```
        """
        await self._core.request(
            "POST",
            "/v1/projects/{id}/archive",
            path_params={"id": id},
            cast_to=None,
            options=request_options,
        )


class AsyncArchiveResourceWithRawResponse:
    """`client.v1.projects.archive.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncArchiveResource) -> None:
        self.create = async_to_raw_response(resource.create)

"""`client.v1.projects`: resource group."""

from __future__ import annotations

import functools
import typing

from ...._base_client import AsyncCore, SyncCore
from ...._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from ...._types import RequestOptions
from ....types import models

if typing.TYPE_CHECKING:
    from .archive import AsyncArchiveResource, ArchiveResource


class ProjectsResource:
    """Methods of `client.v1.projects`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ProjectsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ProjectsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ProjectsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ProjectsResourceWithStreamingResponse(self)

    @functools.cached_property
    def archive(self) -> ArchiveResource:
        from .archive import ArchiveResource

        return ArchiveResource(self._core)

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.V1ProjectsListResponse:
        """list

        `GET /v1/projects`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1ProjectsListResponse`: OK

        Example:
            ```python
            client.v1.projects.list()
            ```
        """
        return self._core.request(
            "GET",
            "/v1/projects",
            cast_to=models.V1ProjectsListResponse,
            options=request_options,
        )

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.V1ProjectsListResponse:
        """create

        `POST /v1/projects`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1ProjectsListResponse`: OK

        Example:
            ```python
            client.v1.projects.create()
            ```
        """
        return self._core.request(
            "POST",
            "/v1/projects",
            cast_to=models.V1ProjectsListResponse,
            options=request_options,
        )

    def get(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.V1ProjectsListResponse:
        """get

        `GET /v1/projects/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1ProjectsListResponse`: OK

        Example:
            ```python
            client.v1.projects.get(
                id="string",
            )
            ```
        """
        return self._core.request(
            "GET",
            "/v1/projects/{id}",
            path_params={"id": id},
            cast_to=models.V1ProjectsListResponse,
            options=request_options,
        )

    def update(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.V1ProjectsListResponse:
        """update

        `PUT /v1/projects/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1ProjectsListResponse`: OK

        Example:
            ```python
            client.v1.projects.update(
                id="string",
            )
            ```
        """
        return self._core.request(
            "PUT",
            "/v1/projects/{id}",
            path_params={"id": id},
            cast_to=models.V1ProjectsListResponse,
            options=request_options,
        )

    def delete(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """delete

        `DELETE /v1/projects/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.v1.projects.delete(
                id="string",
            )
            ```
        """
        self._core.request(
            "DELETE",
            "/v1/projects/{id}",
            path_params={"id": id},
            cast_to=None,
            options=request_options,
        )

    def patch_project_partially(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.V1ProjectsListResponse:
        """Patch project partially

        PUT and PATCH both want `update`; this one has an operationId to fall back on.

        `PATCH /v1/projects/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1ProjectsListResponse`: OK

        Example:
            ```python
            client.v1.projects.patch_project_partially(
                id="string",
            )
            ```
        """
        return self._core.request(
            "PATCH",
            "/v1/projects/{id}",
            path_params={"id": id},
            cast_to=models.V1ProjectsListResponse,
            options=request_options,
        )


class ProjectsResourceWithRawResponse:
    """`client.v1.projects.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ProjectsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.update = to_raw_response(resource.update)
        self.delete = to_raw_response(resource.delete)
        self.patch_project_partially = to_raw_response(resource.patch_project_partially)


class ProjectsResourceWithStreamingResponse:
    """`client.v1.projects.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ProjectsResource) -> None:
        self.list = to_streamed_response(resource.list)
        self.create = to_streamed_response(resource.create)
        self.get = to_streamed_response(resource.get)
        self.update = to_streamed_response(resource.update)
        self.delete = to_streamed_response(resource.delete)
        self.patch_project_partially = to_streamed_response(
            resource.patch_project_partially
        )


class AsyncProjectsResource:
    """Async methods of `client.v1.projects`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncProjectsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncProjectsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncProjectsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncProjectsResourceWithStreamingResponse(self)

    @functools.cached_property
    def archive(self) -> AsyncArchiveResource:
        from .archive import AsyncArchiveResource

        return AsyncArchiveResource(self._core)

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.V1ProjectsListResponse:
        """list

        `GET /v1/projects`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1ProjectsListResponse`: OK

        Example:
            ```python
            await client.v1.projects.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/v1/projects",
            cast_to=models.V1ProjectsListResponse,
            options=request_options,
        )

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.V1ProjectsListResponse:
        """create

        `POST /v1/projects`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1ProjectsListResponse`: OK

        Example:
            ```python
            await client.v1.projects.create()
            ```
        """
        return await self._core.request(
            "POST",
            "/v1/projects",
            cast_to=models.V1ProjectsListResponse,
            options=request_options,
        )

    async def get(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.V1ProjectsListResponse:
        """get

        `GET /v1/projects/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1ProjectsListResponse`: OK

        Example:
            ```python
            await client.v1.projects.get(
                id="string",
            )
            ```
        """
        return await self._core.request(
            "GET",
            "/v1/projects/{id}",
            path_params={"id": id},
            cast_to=models.V1ProjectsListResponse,
            options=request_options,
        )

    async def update(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.V1ProjectsListResponse:
        """update

        `PUT /v1/projects/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1ProjectsListResponse`: OK

        Example:
            ```python
            await client.v1.projects.update(
                id="string",
            )
            ```
        """
        return await self._core.request(
            "PUT",
            "/v1/projects/{id}",
            path_params={"id": id},
            cast_to=models.V1ProjectsListResponse,
            options=request_options,
        )

    async def delete(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """delete

        `DELETE /v1/projects/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.v1.projects.delete(
                id="string",
            )
            ```
        """
        await self._core.request(
            "DELETE",
            "/v1/projects/{id}",
            path_params={"id": id},
            cast_to=None,
            options=request_options,
        )

    async def patch_project_partially(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.V1ProjectsListResponse:
        """Patch project partially

        PUT and PATCH both want `update`; this one has an operationId to fall back on.

        `PATCH /v1/projects/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1ProjectsListResponse`: OK

        Example:
            ```python
            await client.v1.projects.patch_project_partially(
                id="string",
            )
            ```
        """
        return await self._core.request(
            "PATCH",
            "/v1/projects/{id}",
            path_params={"id": id},
            cast_to=models.V1ProjectsListResponse,
            options=request_options,
        )


class AsyncProjectsResourceWithRawResponse:
    """`client.v1.projects.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncProjectsResource) -> None:
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.get = async_to_raw_response(resource.get)
        self.update = async_to_raw_response(resource.update)
        self.delete = async_to_raw_response(resource.delete)
        self.patch_project_partially = async_to_raw_response(
            resource.patch_project_partially
        )


class AsyncProjectsResourceWithStreamingResponse:
    """`client.v1.projects.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncProjectsResource) -> None:
        self.list = async_to_streamed_response(resource.list)
        self.create = async_to_streamed_response(resource.create)
        self.get = async_to_streamed_response(resource.get)
        self.update = async_to_streamed_response(resource.update)
        self.delete = async_to_streamed_response(resource.delete)
        self.patch_project_partially = async_to_streamed_response(
            resource.patch_project_partially
        )

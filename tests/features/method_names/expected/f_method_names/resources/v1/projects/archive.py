"""`client.v1.projects.archive`: resource group."""

from __future__ import annotations

import typing

from ...._base_client import AsyncCore, SyncCore
from ...._types import RequestOptions


class ArchiveResource:
    """Methods of `client.v1.projects.archive`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

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


class AsyncArchiveResource:
    """Async methods of `client.v1.projects.archive`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

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

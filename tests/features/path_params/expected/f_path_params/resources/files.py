"""`client.files`: resource group."""

from __future__ import annotations

import uuid
import typing

from .._base_client import AsyncCore, SyncCore
from .._types import RequestOptions
from ..types import enums


class FilesResource:
    """Methods of `client.files`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def get(
        self,
        *,
        file_id: typing.Union[uuid.UUID, str],
        ext: typing.Union[enums.FilesGetExtEnum, enums.FilesGetExtEnumLiteral],
        request_options: typing.Optional[RequestOptions] = None,
    ) -> str:
        """Get file

        `GET /files/{fileId}.{ext}`

        Args:
            file_id: The `fileId` path parameter.
            ext: The `ext` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `str`: The file.

        Example:
            ```python
            client.files.get(
                file_id="00000000-0000-4000-8000-000000000000",
                ext="json",
            )
            ```
        """
        return self._core.request(
            "GET",
            "/files/{fileId}.{ext}",
            path_params={"fileId": file_id, "ext": ext},
            accept="text/plain",
            cast_to=str,
            options=request_options,
        )


class AsyncFilesResource:
    """Async methods of `client.files`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def get(
        self,
        *,
        file_id: typing.Union[uuid.UUID, str],
        ext: typing.Union[enums.FilesGetExtEnum, enums.FilesGetExtEnumLiteral],
        request_options: typing.Optional[RequestOptions] = None,
    ) -> str:
        """Get file

        `GET /files/{fileId}.{ext}`

        Args:
            file_id: The `fileId` path parameter.
            ext: The `ext` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `str`: The file.

        Example:
            ```python
            await client.files.get(
                file_id="00000000-0000-4000-8000-000000000000",
                ext="json",
            )
            ```
        """
        return await self._core.request(
            "GET",
            "/files/{fileId}.{ext}",
            path_params={"fileId": file_id, "ext": ext},
            accept="text/plain",
            cast_to=str,
            options=request_options,
        )

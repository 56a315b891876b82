"""`client.notes`: Leave a note (not idempotent).."""

from __future__ import annotations

import typing

import typing_extensions

from .._base_client import AsyncCore, SyncCore, check_body
from .._types import RequestOptions
from ..types import models, params


class NotesResource:
    """Methods of `client.notes`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.NewThing],
    ) -> models.Thing:
        """Leave a note (not idempotent).

        `POST /notes`

        Args:
            name: `name` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Thing`: Created.

        Example:
            ```python
            client.notes.create(
                name="string",
            )
            ```
        """
        check_body("create", body, params.NewThing)
        return self._core.request(
            "POST",
            "/notes",
            json=body,
            cast_to=models.Thing,
            options=request_options,
        )


class AsyncNotesResource:
    """Async methods of `client.notes`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.NewThing],
    ) -> models.Thing:
        """Leave a note (not idempotent).

        `POST /notes`

        Args:
            name: `name` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Thing`: Created.

        Example:
            ```python
            await client.notes.create(
                name="string",
            )
            ```
        """
        check_body("create", body, params.NewThing)
        return await self._core.request(
            "POST",
            "/notes",
            json=body,
            cast_to=models.Thing,
            options=request_options,
        )

"""`client.outcomes`: resource group."""

from __future__ import annotations

import typing

import typing_extensions

from .._base_client import AsyncCore, SyncCore, check_body
from .._types import RequestOptions
from ..types import params


class OutcomesResource:
    """Methods of `client.outcomes`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Outcome],
    ) -> None:
        """Create outcome

        `POST /outcomes`

        Args:
            collaborators: Who is affected (the shared shape, its list required here).
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.outcomes.create()
            ```
        """
        check_body("create", body, params.Outcome)
        self._core.request(
            "POST",
            "/outcomes",
            json=body,
            cast_to=None,
            options=request_options,
        )


class AsyncOutcomesResource:
    """Async methods of `client.outcomes`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Outcome],
    ) -> None:
        """Create outcome

        `POST /outcomes`

        Args:
            collaborators: Who is affected (the shared shape, its list required here).
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.outcomes.create()
            ```
        """
        check_body("create", body, params.Outcome)
        await self._core.request(
            "POST",
            "/outcomes",
            json=body,
            cast_to=None,
            options=request_options,
        )

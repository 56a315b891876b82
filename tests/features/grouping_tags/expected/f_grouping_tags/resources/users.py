"""`client.users`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._types import RequestOptions
from ..types import models


class UsersResource:
    """Methods of `client.users`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def get_user_by_id(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.BillingAccountsListAccountsResponse:
        """Get user by id

        `GET /v1/users/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.BillingAccountsListAccountsResponse`: OK

        Example:
            ```python
            client.users.get_user_by_id(
                id="string",
            )
            ```
        """
        return self._core.request(
            "GET",
            "/v1/users/{id}",
            path_params={"id": id},
            cast_to=models.BillingAccountsListAccountsResponse,
            options=request_options,
        )


class AsyncUsersResource:
    """Async methods of `client.users`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def get_user_by_id(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.BillingAccountsListAccountsResponse:
        """Get user by id

        `GET /v1/users/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.BillingAccountsListAccountsResponse`: OK

        Example:
            ```python
            await client.users.get_user_by_id(
                id="string",
            )
            ```
        """
        return await self._core.request(
            "GET",
            "/v1/users/{id}",
            path_params={"id": id},
            cast_to=models.BillingAccountsListAccountsResponse,
            options=request_options,
        )

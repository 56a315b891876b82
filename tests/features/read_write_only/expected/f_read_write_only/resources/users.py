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

    def create(
        self,
        *,
        email: str,
        password: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.User:
        """create

        `POST /users`

        Args:
            email: (no description)
            password: (no description)
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.User`: The user as stored.

        Example:
            ```python
            client.users.create(
                email="string",
                password="string",
            )
            ```
        """
        return self._core.request(
            "POST",
            "/users",
            json={
                "email": email,
                "password": password,
            },
            cast_to=models.User,
            options=request_options,
        )


class AsyncUsersResource:
    """Async methods of `client.users`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        *,
        email: str,
        password: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.User:
        """create

        `POST /users`

        Args:
            email: (no description)
            password: (no description)
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.User`: The user as stored.

        Example:
            ```python
            await client.users.create(
                email="string",
                password="string",
            )
            ```
        """
        return await self._core.request(
            "POST",
            "/users",
            json={
                "email": email,
                "password": password,
            },
            cast_to=models.User,
            options=request_options,
        )

"""`client.config`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._types import JsonValue, NOT_GIVEN, NotGiven, RequestOptions
from ..types import models, params


class ConfigResource:
    """Methods of `client.config`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def update(
        self,
        *,
        name: str,
        labels: typing.Union[typing.Mapping[str, str], NotGiven] = NOT_GIVEN,
        limits: typing.Union[typing.Mapping[str, params.Limit], NotGiven] = NOT_GIVEN,
        anything: typing.Union[typing.Mapping[str, JsonValue], NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Config:
        """update

        `PUT /config`

        Args:
            name: (no description)
            labels: A typed map.
            limits: A map of objects.
            anything: Free-form object.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Config`: The stored config.

        Example:
            ```python
            client.config.update(
                name="string",
            )
            ```
        """
        return self._core.request(
            "PUT",
            "/config",
            json={
                "name": name,
                "labels": labels,
                "limits": limits,
                "anything": anything,
            },
            cast_to=models.Config,
            options=request_options,
        )


class AsyncConfigResource:
    """Async methods of `client.config`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def update(
        self,
        *,
        name: str,
        labels: typing.Union[typing.Mapping[str, str], NotGiven] = NOT_GIVEN,
        limits: typing.Union[typing.Mapping[str, params.Limit], NotGiven] = NOT_GIVEN,
        anything: typing.Union[typing.Mapping[str, JsonValue], NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Config:
        """update

        `PUT /config`

        Args:
            name: (no description)
            labels: A typed map.
            limits: A map of objects.
            anything: Free-form object.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Config`: The stored config.

        Example:
            ```python
            await client.config.update(
                name="string",
            )
            ```
        """
        return await self._core.request(
            "PUT",
            "/config",
            json={
                "name": name,
                "labels": labels,
                "limits": limits,
                "anything": anything,
            },
            cast_to=models.Config,
            options=request_options,
        )

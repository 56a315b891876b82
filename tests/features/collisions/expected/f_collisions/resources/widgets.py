"""`client.widgets`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import models, params


class WidgetsResource:
    """Methods of `client.widgets`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        *,
        label: str,
        config: typing.Union[params.WidgetsCreateBodyConfig, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.WidgetsCreateResponse2:
        """create

        `POST /widgets`

        Args:
            label: (no description)
            config: (no description)
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.WidgetsCreateResponse2`: An inline response, also named like a component.

        Example:
            ```python
            client.widgets.create(
                label="string",
            )
            ```
        """
        return self._core.request(
            "POST",
            "/widgets",
            json={
                "label": label,
                "config": config,
            },
            cast_to=models.WidgetsCreateResponse2,
            options=request_options,
        )


class AsyncWidgetsResource:
    """Async methods of `client.widgets`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        *,
        label: str,
        config: typing.Union[params.WidgetsCreateBodyConfig, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.WidgetsCreateResponse2:
        """create

        `POST /widgets`

        Args:
            label: (no description)
            config: (no description)
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.WidgetsCreateResponse2`: An inline response, also named like a component.

        Example:
            ```python
            await client.widgets.create(
                label="string",
            )
            ```
        """
        return await self._core.request(
            "POST",
            "/widgets",
            json={
                "label": label,
                "config": config,
            },
            cast_to=models.WidgetsCreateResponse2,
            options=request_options,
        )

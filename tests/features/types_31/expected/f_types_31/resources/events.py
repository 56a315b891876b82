"""`client.events`: resource group."""

from __future__ import annotations

import datetime
import typing

from .._base_client import AsyncCore, SyncCore
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import models, params


class EventsResource:
    """Methods of `client.events`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        *,
        kind: typing.Literal["event"],
        version: typing.Literal[2],
        title: typing.Optional[str],
        count: typing.Optional[int],
        when: typing.Optional[typing.Union[datetime.datetime, str]],
        meta: typing.Optional[params.Meta],
        either: typing.Union[str, int, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Event:
        """create

        `POST /events`

        Args:
            kind: (no description)
            version: (no description)
            title: (no description)
            count: (no description)
            when: (no description)
            meta: (no description)
            either: (no description)
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Event`: The event as stored.

        Example:
            ```python
            client.events.create(
                kind="event",
                version=2,
                title="string",
                count=1,
                when="2024-01-01T00:00:00Z",
                meta={},
            )
            ```
        """
        return self._core.request(
            "POST",
            "/events",
            json={
                "kind": kind,
                "version": version,
                "title": title,
                "count": count,
                "when": when,
                "meta": meta,
                "either": either,
            },
            cast_to=models.Event,
            options=request_options,
        )


class AsyncEventsResource:
    """Async methods of `client.events`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        *,
        kind: typing.Literal["event"],
        version: typing.Literal[2],
        title: typing.Optional[str],
        count: typing.Optional[int],
        when: typing.Optional[typing.Union[datetime.datetime, str]],
        meta: typing.Optional[params.Meta],
        either: typing.Union[str, int, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Event:
        """create

        `POST /events`

        Args:
            kind: (no description)
            version: (no description)
            title: (no description)
            count: (no description)
            when: (no description)
            meta: (no description)
            either: (no description)
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Event`: The event as stored.

        Example:
            ```python
            await client.events.create(
                kind="event",
                version=2,
                title="string",
                count=1,
                when="2024-01-01T00:00:00Z",
                meta={},
            )
            ```
        """
        return await self._core.request(
            "POST",
            "/events",
            json={
                "kind": kind,
                "version": version,
                "title": title,
                "count": count,
                "when": when,
                "meta": meta,
                "either": either,
            },
            cast_to=models.Event,
            options=request_options,
        )

"""`client.conversations`: resource group."""

from __future__ import annotations

import functools
import typing

from ..._base_client import AsyncCore, SyncCore

if typing.TYPE_CHECKING:
    from .events import AsyncEventsResource, EventsResource


class ConversationsResource:
    """Methods of `client.conversations`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @functools.cached_property
    def events(self) -> EventsResource:
        from .events import EventsResource

        return EventsResource(self._core)


class AsyncConversationsResource:
    """Async methods of `client.conversations`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @functools.cached_property
    def events(self) -> AsyncEventsResource:
        from .events import AsyncEventsResource

        return AsyncEventsResource(self._core)

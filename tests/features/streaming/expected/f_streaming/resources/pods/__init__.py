"""`client.pods`: resource group."""

from __future__ import annotations

import functools
import typing

from ..._base_client import AsyncCore, SyncCore

if typing.TYPE_CHECKING:
    from .watch import AsyncWatchResource, WatchResource


class PodsResource:
    """Methods of `client.pods`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @functools.cached_property
    def watch(self) -> WatchResource:
        from .watch import WatchResource

        return WatchResource(self._core)


class AsyncPodsResource:
    """Async methods of `client.pods`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @functools.cached_property
    def watch(self) -> AsyncWatchResource:
        from .watch import AsyncWatchResource

        return AsyncWatchResource(self._core)

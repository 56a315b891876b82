"""`client.orgs`: resource group."""

from __future__ import annotations

import functools
import typing

from ..._base_client import AsyncCore, SyncCore

if typing.TYPE_CHECKING:
    from .items import AsyncItemsResource, ItemsResource


class OrgsResource:
    """Methods of `client.orgs`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @functools.cached_property
    def items(self) -> ItemsResource:
        from .items import ItemsResource

        return ItemsResource(self._core)


class AsyncOrgsResource:
    """Async methods of `client.orgs`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @functools.cached_property
    def items(self) -> AsyncItemsResource:
        from .items import AsyncItemsResource

        return AsyncItemsResource(self._core)

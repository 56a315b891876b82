"""`client.orgs`: resource group."""

from __future__ import annotations

import functools
import typing

from ..._base_client import AsyncCore, SyncCore

if typing.TYPE_CHECKING:
    from .repos import AsyncReposResource, ReposResource


class OrgsResource:
    """Methods of `client.orgs`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @functools.cached_property
    def repos(self) -> ReposResource:
        from .repos import ReposResource

        return ReposResource(self._core)


class AsyncOrgsResource:
    """Async methods of `client.orgs`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @functools.cached_property
    def repos(self) -> AsyncReposResource:
        from .repos import AsyncReposResource

        return AsyncReposResource(self._core)

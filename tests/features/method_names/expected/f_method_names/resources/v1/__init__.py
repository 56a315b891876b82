"""`client.v1`: resource group."""

from __future__ import annotations

import functools
import typing

from ..._base_client import AsyncCore, SyncCore

if typing.TYPE_CHECKING:
    from .projects import AsyncProjectsResource, ProjectsResource


class V1Resource:
    """Methods of `client.v1`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @functools.cached_property
    def projects(self) -> ProjectsResource:
        from .projects import ProjectsResource

        return ProjectsResource(self._core)


class AsyncV1Resource:
    """Async methods of `client.v1`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @functools.cached_property
    def projects(self) -> AsyncProjectsResource:
        from .projects import AsyncProjectsResource

        return AsyncProjectsResource(self._core)

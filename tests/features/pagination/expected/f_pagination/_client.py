"""The Paged Lists clients: `Client` and `AsyncClient`."""

from __future__ import annotations

import functools
import os
import typing

from ._base_client import AsyncCore, SyncCore, configure_logging
from ._types import NOT_GIVEN, NotGiven
from .environment import Environment

if typing.TYPE_CHECKING:
    import httpx

    from .resources.cursored import AsyncCursoredResource, CursoredResource
    from .resources.custom import AsyncCustomResource, CustomResource
    from .resources.linked import AsyncLinkedResource, LinkedResource
    from .resources.metaed import AsyncMetaedResource, MetaedResource
    from .resources.numbered import AsyncNumberedResource, NumberedResource
    from .resources.offsets import AsyncOffsetsResource, OffsetsResource
    from .resources.plain import AsyncPlainResource, PlainResource
    from .resources.urled import AsyncUrledResource, UrledResource

DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
_USER_AGENT = "f-pagination-python/0.1.0"
_LOG_ENV = "F_PAGINATION_LOG"


class Client:
    """Client for the Paged Lists.

    Resources are attributes (`client.cursored`), created on first use."""

    def __init__(
        self,
        *,
        environment: Environment = Environment.PRODUCTION,
        base_url: typing.Optional[str] = None,
        timeout: typing.Union[float, httpx.Timeout, None] = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: typing.Optional[typing.Mapping[str, str]] = None,
        http_client: typing.Optional[httpx.Client] = None,
    ) -> None:
        """Create a client.

        Args:
            environment: Which server to use, unless `base_url` is given.
            base_url: Any other server.
            timeout: Seconds to wait for each request; `None` waits forever.
            max_retries: Retries after a failed attempt (connection errors, 408, 409, 429, 5xx).
            headers: Headers sent with every request.
            http_client: An `httpx.Client` to send requests with (proxies, transports).
        """
        configure_logging(os.environ.get(_LOG_ENV))
        self._core = SyncCore(
            base_url=base_url or environment.value,
            chosen_base_url=bool(base_url),
            credentials={},
            timeout=timeout,
            max_retries=max_retries,
            headers={"User-Agent": _USER_AGENT, **(headers or {})},
            http_client=http_client,
        )

    def __repr__(self) -> str:
        return f"Client(base_url={self._core.base_url!r})"

    def with_options(
        self,
        *,
        timeout: typing.Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        max_retries: typing.Optional[int] = None,
        default_headers: typing.Optional[typing.Mapping[str, str]] = None,
    ) -> Client:
        """A client sharing this one's connection pool and credentials,
        with only the given settings changed (closing either closes the pool).

        Args:
            timeout: Seconds to wait for each request; `None` waits forever.
            max_retries: Retries after a failed attempt.
            default_headers: Headers sent with every request, on top of (and winning over) this client's.
        """
        client = Client.__new__(Client)
        client._core = self._core.with_settings(
            timeout=timeout, max_retries=max_retries, headers=default_headers
        )
        return client

    @functools.cached_property
    def cursored(self) -> CursoredResource:
        from .resources.cursored import CursoredResource

        return CursoredResource(self._core)

    @functools.cached_property
    def custom(self) -> CustomResource:
        from .resources.custom import CustomResource

        return CustomResource(self._core)

    @functools.cached_property
    def linked(self) -> LinkedResource:
        from .resources.linked import LinkedResource

        return LinkedResource(self._core)

    @functools.cached_property
    def metaed(self) -> MetaedResource:
        from .resources.metaed import MetaedResource

        return MetaedResource(self._core)

    @functools.cached_property
    def numbered(self) -> NumberedResource:
        from .resources.numbered import NumberedResource

        return NumberedResource(self._core)

    @functools.cached_property
    def offsets(self) -> OffsetsResource:
        from .resources.offsets import OffsetsResource

        return OffsetsResource(self._core)

    @functools.cached_property
    def plain(self) -> PlainResource:
        from .resources.plain import PlainResource

        return PlainResource(self._core)

    @functools.cached_property
    def urled(self) -> UrledResource:
        from .resources.urled import UrledResource

        return UrledResource(self._core)

    def close(self) -> None:
        """Close the connection pool."""
        self._core.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncClient:
    """Asynchronous client for the Paged Lists.

    Resources are attributes (`client.cursored`), created on first use."""

    def __init__(
        self,
        *,
        environment: Environment = Environment.PRODUCTION,
        base_url: typing.Optional[str] = None,
        timeout: typing.Union[float, httpx.Timeout, None] = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: typing.Optional[typing.Mapping[str, str]] = None,
        http_client: typing.Optional[httpx.AsyncClient] = None,
    ) -> None:
        """Create a client.

        Args:
            environment: Which server to use, unless `base_url` is given.
            base_url: Any other server.
            timeout: Seconds to wait for each request; `None` waits forever.
            max_retries: Retries after a failed attempt (connection errors, 408, 409, 429, 5xx).
            headers: Headers sent with every request.
            http_client: An `httpx.AsyncClient` to send requests with (proxies, transports).
        """
        configure_logging(os.environ.get(_LOG_ENV))
        self._core = AsyncCore(
            base_url=base_url or environment.value,
            chosen_base_url=bool(base_url),
            credentials={},
            timeout=timeout,
            max_retries=max_retries,
            headers={"User-Agent": _USER_AGENT, **(headers or {})},
            http_client=http_client,
        )

    def __repr__(self) -> str:
        return f"AsyncClient(base_url={self._core.base_url!r})"

    def with_options(
        self,
        *,
        timeout: typing.Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        max_retries: typing.Optional[int] = None,
        default_headers: typing.Optional[typing.Mapping[str, str]] = None,
    ) -> AsyncClient:
        """A client sharing this one's connection pool and credentials,
        with only the given settings changed (closing either closes the pool).

        Args:
            timeout: Seconds to wait for each request; `None` waits forever.
            max_retries: Retries after a failed attempt.
            default_headers: Headers sent with every request, on top of (and winning over) this client's.
        """
        client = AsyncClient.__new__(AsyncClient)
        client._core = self._core.with_settings(
            timeout=timeout, max_retries=max_retries, headers=default_headers
        )
        return client

    @functools.cached_property
    def cursored(self) -> AsyncCursoredResource:
        from .resources.cursored import AsyncCursoredResource

        return AsyncCursoredResource(self._core)

    @functools.cached_property
    def custom(self) -> AsyncCustomResource:
        from .resources.custom import AsyncCustomResource

        return AsyncCustomResource(self._core)

    @functools.cached_property
    def linked(self) -> AsyncLinkedResource:
        from .resources.linked import AsyncLinkedResource

        return AsyncLinkedResource(self._core)

    @functools.cached_property
    def metaed(self) -> AsyncMetaedResource:
        from .resources.metaed import AsyncMetaedResource

        return AsyncMetaedResource(self._core)

    @functools.cached_property
    def numbered(self) -> AsyncNumberedResource:
        from .resources.numbered import AsyncNumberedResource

        return AsyncNumberedResource(self._core)

    @functools.cached_property
    def offsets(self) -> AsyncOffsetsResource:
        from .resources.offsets import AsyncOffsetsResource

        return AsyncOffsetsResource(self._core)

    @functools.cached_property
    def plain(self) -> AsyncPlainResource:
        from .resources.plain import AsyncPlainResource

        return AsyncPlainResource(self._core)

    @functools.cached_property
    def urled(self) -> AsyncUrledResource:
        from .resources.urled import AsyncUrledResource

        return AsyncUrledResource(self._core)

    async def close(self) -> None:
        """Close the connection pool."""
        await self._core.close()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

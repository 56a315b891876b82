"""The Streaming clients: `Client` and `AsyncClient`."""

from __future__ import annotations

import functools
import os
import typing

from ._base_client import AsyncCore, SyncCore, configure_logging
from ._types import NOT_GIVEN, NotGiven
from .environment import Environment

if typing.TYPE_CHECKING:
    import httpx

    from .resources.chat import AsyncChatResource, ChatResource
    from .resources.conversations import (
        AsyncConversationsResource,
        ConversationsResource,
    )
    from .resources.logs import AsyncLogsResource, LogsResource
    from .resources.pods import AsyncPodsResource, PodsResource
    from .resources.ticks import AsyncTicksResource, TicksResource

DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
_USER_AGENT = "f-streaming-python/0.1.0"
_LOG_ENV = "F_STREAMING_LOG"


class Client:
    """Client for the Streaming.

    Resources are attributes (`client.chat`), created on first use."""

    def __init__(
        self,
        *,
        environment: Environment = Environment.LOCAL,
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
    def chat(self) -> ChatResource:
        from .resources.chat import ChatResource

        return ChatResource(self._core)

    @functools.cached_property
    def conversations(self) -> ConversationsResource:
        from .resources.conversations import ConversationsResource

        return ConversationsResource(self._core)

    @functools.cached_property
    def logs(self) -> LogsResource:
        from .resources.logs import LogsResource

        return LogsResource(self._core)

    @functools.cached_property
    def pods(self) -> PodsResource:
        from .resources.pods import PodsResource

        return PodsResource(self._core)

    @functools.cached_property
    def ticks(self) -> TicksResource:
        from .resources.ticks import TicksResource

        return TicksResource(self._core)

    def close(self) -> None:
        """Close the connection pool."""
        self._core.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncClient:
    """Asynchronous client for the Streaming.

    Resources are attributes (`client.chat`), created on first use."""

    def __init__(
        self,
        *,
        environment: Environment = Environment.LOCAL,
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
    def chat(self) -> AsyncChatResource:
        from .resources.chat import AsyncChatResource

        return AsyncChatResource(self._core)

    @functools.cached_property
    def conversations(self) -> AsyncConversationsResource:
        from .resources.conversations import AsyncConversationsResource

        return AsyncConversationsResource(self._core)

    @functools.cached_property
    def logs(self) -> AsyncLogsResource:
        from .resources.logs import AsyncLogsResource

        return AsyncLogsResource(self._core)

    @functools.cached_property
    def pods(self) -> AsyncPodsResource:
        from .resources.pods import AsyncPodsResource

        return AsyncPodsResource(self._core)

    @functools.cached_property
    def ticks(self) -> AsyncTicksResource:
        from .resources.ticks import AsyncTicksResource

        return AsyncTicksResource(self._core)

    async def close(self) -> None:
        """Close the connection pool."""
        await self._core.close()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

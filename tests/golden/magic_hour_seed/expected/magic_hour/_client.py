"""The Magic Hour API clients: `Client` and `AsyncClient`."""

from __future__ import annotations

import functools
import os
import typing

from ._base_client import AsyncCore, Credential, SyncCore, configure_logging
from ._types import NOT_GIVEN, NotGiven
from .environment import Environment

if typing.TYPE_CHECKING:
    import httpx

    from .resources.v1 import AsyncV1Resource, V1Resource

DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
_USER_AGENT = "magic-hour-python/0.1.0"
_LOG_ENV = "MAGIC_HOUR_LOG"


def _chosen_base_url(base_url: typing.Optional[str]) -> typing.Optional[str]:
    return base_url or os.environ.get("MAGIC_HOUR_BASE_URL")


def _credentials(
    token: typing.Optional[str],
) -> typing.Dict[str, Credential]:
    found: typing.Dict[str, Credential] = {}
    if token:
        found["bearerAuth"] = Credential(
            "bearer",
            token,
            "header",
            "Authorization",
        )
    if not found:
        raise ValueError(
            "Client needs credentials: pass token=... or set the MAGIC_HOUR_API_KEY environment variable.",
        )
    return found


class Client:
    """Client for the Magic Hour API.

    Resources are attributes (`client.v1`), created on first use. Requests authenticate with `token`.
    """

    def __init__(
        self,
        *,
        token: typing.Optional[str] = None,
        environment: Environment = Environment.PRODUCTION,
        base_url: typing.Optional[str] = None,
        timeout: typing.Union[float, httpx.Timeout, None] = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: typing.Optional[typing.Mapping[str, str]] = None,
        httpx_client: typing.Optional[httpx.Client] = None,
    ) -> None:
        """Create a client.

        Args:
            token: Credential for `bearerAuth` (default: the `MAGIC_HOUR_API_KEY` environment variable).
            environment: Which server to use, unless `base_url` is given.
            base_url: Any other server (default: the `MAGIC_HOUR_BASE_URL` environment variable, then `environment`).
            timeout: Seconds to wait for each request; `None` waits forever.
            max_retries: Retries after a failed attempt (connection errors, 408, 409, 429, 5xx).
            headers: Headers sent with every request.
            httpx_client: An `httpx.Client` to send requests with (proxies, transports).
        """
        configure_logging(os.environ.get(_LOG_ENV))
        chosen = _chosen_base_url(base_url)
        self._core = SyncCore(
            base_url=chosen or environment.value,
            chosen_base_url=bool(chosen),
            credentials=_credentials(
                token if token is not None else os.environ.get("MAGIC_HOUR_API_KEY"),
            ),
            timeout=timeout,
            max_retries=max_retries,
            headers={"User-Agent": _USER_AGENT, **(headers or {})},
            http_client=httpx_client,
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
    def v1(self) -> V1Resource:
        from .resources.v1 import V1Resource

        return V1Resource(self._core)

    def close(self) -> None:
        """Close the connection pool."""
        self._core.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncClient:
    """Asynchronous client for the Magic Hour API.

    Resources are attributes (`client.v1`), created on first use. Requests authenticate with `token`.
    """

    def __init__(
        self,
        *,
        token: typing.Optional[str] = None,
        environment: Environment = Environment.PRODUCTION,
        base_url: typing.Optional[str] = None,
        timeout: typing.Union[float, httpx.Timeout, None] = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: typing.Optional[typing.Mapping[str, str]] = None,
        httpx_client: typing.Optional[httpx.AsyncClient] = None,
    ) -> None:
        """Create a client.

        Args:
            token: Credential for `bearerAuth` (default: the `MAGIC_HOUR_API_KEY` environment variable).
            environment: Which server to use, unless `base_url` is given.
            base_url: Any other server (default: the `MAGIC_HOUR_BASE_URL` environment variable, then `environment`).
            timeout: Seconds to wait for each request; `None` waits forever.
            max_retries: Retries after a failed attempt (connection errors, 408, 409, 429, 5xx).
            headers: Headers sent with every request.
            httpx_client: An `httpx.AsyncClient` to send requests with (proxies, transports).
        """
        configure_logging(os.environ.get(_LOG_ENV))
        chosen = _chosen_base_url(base_url)
        self._core = AsyncCore(
            base_url=chosen or environment.value,
            chosen_base_url=bool(chosen),
            credentials=_credentials(
                token if token is not None else os.environ.get("MAGIC_HOUR_API_KEY"),
            ),
            timeout=timeout,
            max_retries=max_retries,
            headers={"User-Agent": _USER_AGENT, **(headers or {})},
            http_client=httpx_client,
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
    def v1(self) -> AsyncV1Resource:
        from .resources.v1 import AsyncV1Resource

        return AsyncV1Resource(self._core)

    async def close(self) -> None:
        """Close the connection pool."""
        await self._core.close()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

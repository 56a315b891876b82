"""The All Of clients: `Client` and `AsyncClient`."""

from __future__ import annotations

import functools
import os
import typing

from ._base_client import AsyncCore, SyncCore, configure_logging
from ._types import NOT_GIVEN, NotGiven
from .environment import Environment

if typing.TYPE_CHECKING:
    import httpx

    from .resources.dogs import AsyncDogsResource, DogsResource
    from .resources.lockdowns import AsyncLockdownsResource, LockdownsResource
    from .resources.outcomes import AsyncOutcomesResource, OutcomesResource
    from .resources.pets import AsyncPetsResource, PetsResource
    from .resources.rulesets import AsyncRulesetsResource, RulesetsResource
    from .resources.seeks import AsyncSeeksResource, SeeksResource
    from .resources.shares import AsyncSharesResource, SharesResource

DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
_USER_AGENT = "f-all-of-python/0.1.0"
_LOG_ENV = "F_ALL_OF_LOG"


class Client:
    """Client for the All Of.

    Resources are attributes (`client.dogs`), created on first use."""

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
    def dogs(self) -> DogsResource:
        from .resources.dogs import DogsResource

        return DogsResource(self._core)

    @functools.cached_property
    def lockdowns(self) -> LockdownsResource:
        from .resources.lockdowns import LockdownsResource

        return LockdownsResource(self._core)

    @functools.cached_property
    def outcomes(self) -> OutcomesResource:
        from .resources.outcomes import OutcomesResource

        return OutcomesResource(self._core)

    @functools.cached_property
    def pets(self) -> PetsResource:
        from .resources.pets import PetsResource

        return PetsResource(self._core)

    @functools.cached_property
    def rulesets(self) -> RulesetsResource:
        from .resources.rulesets import RulesetsResource

        return RulesetsResource(self._core)

    @functools.cached_property
    def seeks(self) -> SeeksResource:
        from .resources.seeks import SeeksResource

        return SeeksResource(self._core)

    @functools.cached_property
    def shares(self) -> SharesResource:
        from .resources.shares import SharesResource

        return SharesResource(self._core)

    def close(self) -> None:
        """Close the connection pool."""
        self._core.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncClient:
    """Asynchronous client for the All Of.

    Resources are attributes (`client.dogs`), created on first use."""

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
    def dogs(self) -> AsyncDogsResource:
        from .resources.dogs import AsyncDogsResource

        return AsyncDogsResource(self._core)

    @functools.cached_property
    def lockdowns(self) -> AsyncLockdownsResource:
        from .resources.lockdowns import AsyncLockdownsResource

        return AsyncLockdownsResource(self._core)

    @functools.cached_property
    def outcomes(self) -> AsyncOutcomesResource:
        from .resources.outcomes import AsyncOutcomesResource

        return AsyncOutcomesResource(self._core)

    @functools.cached_property
    def pets(self) -> AsyncPetsResource:
        from .resources.pets import AsyncPetsResource

        return AsyncPetsResource(self._core)

    @functools.cached_property
    def rulesets(self) -> AsyncRulesetsResource:
        from .resources.rulesets import AsyncRulesetsResource

        return AsyncRulesetsResource(self._core)

    @functools.cached_property
    def seeks(self) -> AsyncSeeksResource:
        from .resources.seeks import AsyncSeeksResource

        return AsyncSeeksResource(self._core)

    @functools.cached_property
    def shares(self) -> AsyncSharesResource:
        from .resources.shares import AsyncSharesResource

        return AsyncSharesResource(self._core)

    async def close(self) -> None:
        """Close the connection pool."""
        await self._core.close()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

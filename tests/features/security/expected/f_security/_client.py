"""The Security clients: `Client` and `AsyncClient`."""

from __future__ import annotations

import functools
import os
import typing

from ._base_client import AsyncCore, Credential, SyncCore, configure_logging
from ._types import NOT_GIVEN, NotGiven
from .environment import Environment

if typing.TYPE_CHECKING:
    import httpx

    from .resources.basic import AsyncBasicResource, BasicResource
    from .resources.either import AsyncEitherResource, EitherResource
    from .resources.key_cookie import AsyncKeyCookieResource, KeyCookieResource
    from .resources.key_header import AsyncKeyHeaderResource, KeyHeaderResource
    from .resources.key_query import AsyncKeyQueryResource, KeyQueryResource
    from .resources.me import AsyncMeResource, MeResource
    from .resources.optional import AsyncOptionalResource, OptionalResource
    from .resources.public import AsyncPublicResource, PublicResource

DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
_USER_AGENT = "f-security-python/0.1.0"
_LOG_ENV = "F_SECURITY_LOG"


def _credentials(
    token: typing.Optional[str],
    username: typing.Optional[str],
    password: typing.Optional[str],
    header_key: typing.Optional[str],
    query_key: typing.Optional[str],
    cookie_key: typing.Optional[str],
) -> typing.Dict[str, Credential]:
    found: typing.Dict[str, Credential] = {}
    if token:
        found["bearerAuth"] = Credential(
            "bearer",
            token,
            "header",
            "Authorization",
        )
    if username is not None and password is not None:
        found["basicAuth"] = Credential(
            "basic",
            password,
            username=username,
        )
    if header_key:
        found["headerKey"] = Credential(
            "api_key",
            header_key,
            "header",
            "X-API-Key",
        )
    if query_key:
        found["queryKey"] = Credential(
            "api_key",
            query_key,
            "query",
            "api_key",
        )
    if cookie_key:
        found["cookieKey"] = Credential(
            "api_key",
            cookie_key,
            "cookie",
            "sid",
        )
    return found


class Client:
    """Client for the Security.

    Resources are attributes (`client.basic`), created on first use. Requests authenticate with `token` and `username` and `password` and `header_key` and `query_key` and `cookie_key`.
    """

    def __init__(
        self,
        *,
        token: typing.Optional[str] = None,
        username: typing.Optional[str] = None,
        password: typing.Optional[str] = None,
        header_key: typing.Optional[str] = None,
        query_key: typing.Optional[str] = None,
        cookie_key: typing.Optional[str] = None,
        environment: Environment = Environment.LOCAL,
        base_url: typing.Optional[str] = None,
        timeout: typing.Union[float, httpx.Timeout, None] = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: typing.Optional[typing.Mapping[str, str]] = None,
        http_client: typing.Optional[httpx.Client] = None,
    ) -> None:
        """Create a client.

        Args:
            token: Credential for `bearerAuth`.
            username: User name for `basicAuth`.
            password: Credential for `basicAuth`.
            header_key: Credential for `headerKey`.
            query_key: Credential for `queryKey`.
            cookie_key: Credential for `cookieKey`.
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
            credentials=_credentials(
                token,
                username,
                password,
                header_key,
                query_key,
                cookie_key,
            ),
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
    def basic(self) -> BasicResource:
        from .resources.basic import BasicResource

        return BasicResource(self._core)

    @functools.cached_property
    def either(self) -> EitherResource:
        from .resources.either import EitherResource

        return EitherResource(self._core)

    @functools.cached_property
    def key_cookie(self) -> KeyCookieResource:
        from .resources.key_cookie import KeyCookieResource

        return KeyCookieResource(self._core)

    @functools.cached_property
    def key_header(self) -> KeyHeaderResource:
        from .resources.key_header import KeyHeaderResource

        return KeyHeaderResource(self._core)

    @functools.cached_property
    def key_query(self) -> KeyQueryResource:
        from .resources.key_query import KeyQueryResource

        return KeyQueryResource(self._core)

    @functools.cached_property
    def me(self) -> MeResource:
        from .resources.me import MeResource

        return MeResource(self._core)

    @functools.cached_property
    def optional(self) -> OptionalResource:
        from .resources.optional import OptionalResource

        return OptionalResource(self._core)

    @functools.cached_property
    def public(self) -> PublicResource:
        from .resources.public import PublicResource

        return PublicResource(self._core)

    def close(self) -> None:
        """Close the connection pool."""
        self._core.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncClient:
    """Asynchronous client for the Security.

    Resources are attributes (`client.basic`), created on first use. Requests authenticate with `token` and `username` and `password` and `header_key` and `query_key` and `cookie_key`.
    """

    def __init__(
        self,
        *,
        token: typing.Optional[str] = None,
        username: typing.Optional[str] = None,
        password: typing.Optional[str] = None,
        header_key: typing.Optional[str] = None,
        query_key: typing.Optional[str] = None,
        cookie_key: typing.Optional[str] = None,
        environment: Environment = Environment.LOCAL,
        base_url: typing.Optional[str] = None,
        timeout: typing.Union[float, httpx.Timeout, None] = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: typing.Optional[typing.Mapping[str, str]] = None,
        http_client: typing.Optional[httpx.AsyncClient] = None,
    ) -> None:
        """Create a client.

        Args:
            token: Credential for `bearerAuth`.
            username: User name for `basicAuth`.
            password: Credential for `basicAuth`.
            header_key: Credential for `headerKey`.
            query_key: Credential for `queryKey`.
            cookie_key: Credential for `cookieKey`.
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
            credentials=_credentials(
                token,
                username,
                password,
                header_key,
                query_key,
                cookie_key,
            ),
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
    def basic(self) -> AsyncBasicResource:
        from .resources.basic import AsyncBasicResource

        return AsyncBasicResource(self._core)

    @functools.cached_property
    def either(self) -> AsyncEitherResource:
        from .resources.either import AsyncEitherResource

        return AsyncEitherResource(self._core)

    @functools.cached_property
    def key_cookie(self) -> AsyncKeyCookieResource:
        from .resources.key_cookie import AsyncKeyCookieResource

        return AsyncKeyCookieResource(self._core)

    @functools.cached_property
    def key_header(self) -> AsyncKeyHeaderResource:
        from .resources.key_header import AsyncKeyHeaderResource

        return AsyncKeyHeaderResource(self._core)

    @functools.cached_property
    def key_query(self) -> AsyncKeyQueryResource:
        from .resources.key_query import AsyncKeyQueryResource

        return AsyncKeyQueryResource(self._core)

    @functools.cached_property
    def me(self) -> AsyncMeResource:
        from .resources.me import AsyncMeResource

        return AsyncMeResource(self._core)

    @functools.cached_property
    def optional(self) -> AsyncOptionalResource:
        from .resources.optional import AsyncOptionalResource

        return AsyncOptionalResource(self._core)

    @functools.cached_property
    def public(self) -> AsyncPublicResource:
        from .resources.public import AsyncPublicResource

        return AsyncPublicResource(self._core)

    async def close(self) -> None:
        """Close the connection pool."""
        await self._core.close()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

"""Raw responses: `client.<resource>.with_raw_response.<method>(...)` returns the HTTP response
around the method's usual result, parsed only when asked for.

The wrappers mark the call (a context variable) and the core, seeing the mark, returns a
`RawResponse` instead of the parsed result; the signature of each wrapped method is kept (a
`ParamSpec`), so type checkers see the same arguments and `RawResponse[<result>]`.
"""

from __future__ import annotations

import contextvars
import typing

import typing_extensions

if typing.TYPE_CHECKING:
    import httpx

__all__ = ["RawResponse", "async_to_raw_response", "to_raw_response"]

T = typing.TypeVar("T")
P = typing_extensions.ParamSpec("P")

# Set around one wrapped call; read (and cleared) by the core when it has the final response.
wants_raw: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "wants_raw", default=False
)
_UNPARSED = object()


class RawResponse(typing.Generic[T]):
    """The HTTP response of a successful call; `parse()` gives the method's usual result.

    The body is read in full before this is returned, so the connection is already back in
    the pool: nothing needs closing. Error statuses raise as the method itself would.
    """

    def __init__(
        self, response: httpx.Response, parse: typing.Callable[[], object]
    ) -> None:
        self.http_response = response
        self._parse = parse
        self._parsed: object = _UNPARSED

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def parse(self) -> T:
        """The result the method returns (parsed once, then remembered)."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parse()
        # The core parses with the method's own response type: the result is a T.
        return typing.cast(T, self._parsed)

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse {request.method} {request.url.copy_with(query=None)} -> {self.status_code}>"


def to_raw_response(
    method: typing.Callable[P, T],
) -> typing.Callable[P, RawResponse[T]]:
    """`method` returning its `RawResponse` instead of its result."""

    def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = wants_raw.set(True)
        try:
            return typing.cast(RawResponse[T], method(*args, **kwargs))
        finally:
            wants_raw.reset(token)

    call.__doc__ = method.__doc__
    return call


def async_to_raw_response(
    method: typing.Callable[P, typing.Awaitable[T]],
) -> typing.Callable[P, typing.Awaitable[RawResponse[T]]]:
    """The async `method` returning its `RawResponse` instead of its result."""

    async def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = wants_raw.set(True)
        try:
            return typing.cast(RawResponse[T], await method(*args, **kwargs))
        finally:
            wants_raw.reset(token)

    call.__doc__ = method.__doc__
    return call

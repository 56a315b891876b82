"""Raw and streamed responses: `client.<resource>.with_raw_response.<method>(...)` returns the
HTTP response around the method's usual result, parsed only when asked for;
`with client.<resource>.with_streaming_response.<method>(...) as response:` gives the response
before its body is read, to read in chunks (a large file written to disk without holding it in
memory), and closes the connection when the block ends.

The wrappers mark the call (a context variable) and the core, seeing the mark, returns a
`RawResponse` (or a `StreamedResponse`) instead of the parsed result; the signature of each
wrapped method is kept (a `ParamSpec`), so type checkers see the same arguments and
`RawResponse[<result>]`.
"""

from __future__ import annotations

import contextvars
import functools
import os
import typing

import typing_extensions

if typing.TYPE_CHECKING:
    import httpx

__all__ = [
    "AsyncStreamedResponse",
    "RawResponse",
    "StreamedResponse",
    "async_to_raw_response",
    "async_to_streamed_response",
    "to_raw_response",
    "to_streamed_response",
]

T = typing.TypeVar("T")
P = typing_extensions.ParamSpec("P")

# Set around one wrapped call; read (and cleared) by the core when it has the final response.
wants_raw: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "wants_raw", default=False
)
# The same for `with_streaming_response`: the core sends without reading the body.
wants_stream: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "wants_stream", default=False
)
_UNPARSED = object()
# Bytes per read when a body is written to a file: what is held in memory at a time.
CHUNK_SIZE = 64 * 1024


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


class _Streamed(typing.Generic[T]):
    """What the sync and async streamed responses share: the response, its body not yet read."""

    def __init__(
        self, response: httpx.Response, parse: typing.Callable[[], object]
    ) -> None:
        self.http_response = response
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<{type(self).__name__} {request.method} {request.url.copy_with(query=None)} -> {self.status_code}>"


class StreamedResponse(_Streamed[T]):
    """A successful response whose body has not been read: read it in chunks (`iter_bytes`,
    `write_to_file`) or whole (`parse()`, the method's usual result). Error statuses raise as
    the method itself would, before this is returned."""

    def iter_bytes(self, chunk_size: int = CHUNK_SIZE) -> typing.Iterator[bytes]:
        """The body, decoded (gzip and the like), in chunks as they arrive."""
        return self.http_response.iter_bytes(chunk_size)

    def write_to_file(
        self, path: typing.Union[str, os.PathLike[str]], chunk_size: int = CHUNK_SIZE
    ) -> int:
        """Write the body to `path` one chunk at a time; the number of bytes written."""
        written = 0
        with open(path, "wb") as file:
            for chunk in self.iter_bytes(chunk_size):
                written += file.write(chunk)
        return written

    def parse(self) -> T:
        """Read the whole body and parse it as the method would."""
        self.http_response.read()
        return typing.cast(T, self._parse())

    def close(self) -> None:
        """Release the connection, whatever of the body is left unread (idempotent)."""
        self.http_response.close()


class AsyncStreamedResponse(_Streamed[T]):
    """The async `StreamedResponse`: `aiter_bytes`, `await write_to_file`, `await parse()`."""

    def aiter_bytes(self, chunk_size: int = CHUNK_SIZE) -> typing.AsyncIterator[bytes]:
        return self.http_response.aiter_bytes(chunk_size)

    async def write_to_file(
        self, path: typing.Union[str, os.PathLike[str]], chunk_size: int = CHUNK_SIZE
    ) -> int:
        """Write the body to `path` one chunk at a time (the writes in a worker thread, so the
        event loop keeps running); the number of bytes written."""
        import anyio

        written = 0
        async with await anyio.open_file(path, "wb") as file:
            async for chunk in self.aiter_bytes(chunk_size):
                written += await file.write(chunk)
        return written

    async def parse(self) -> T:
        await self.http_response.aread()
        return typing.cast(T, self._parse())

    async def close(self) -> None:
        await self.http_response.aclose()


class StreamedResponseManager(typing.Generic[T]):
    """`with` it: sends the request on entry, gives the `StreamedResponse`, closes it on exit."""

    def __init__(self, send: typing.Callable[[], object]) -> None:
        self._send = send
        self._response: typing.Optional[StreamedResponse[T]] = None

    def __enter__(self) -> StreamedResponse[T]:
        token = wants_stream.set(True)
        try:
            # The core returns a StreamedResponse while `wants_stream` is set.
            self._response = typing.cast(StreamedResponse[T], self._send())
        finally:
            wants_stream.reset(token)
        return self._response

    def __exit__(self, *exc: object) -> None:
        if self._response is not None:
            self._response.close()


class AsyncStreamedResponseManager(typing.Generic[T]):
    """`async with` it: the async `StreamedResponseManager`."""

    def __init__(self, send: typing.Callable[[], typing.Awaitable[object]]) -> None:
        self._send = send
        self._response: typing.Optional[AsyncStreamedResponse[T]] = None

    async def __aenter__(self) -> AsyncStreamedResponse[T]:
        token = wants_stream.set(True)
        try:
            self._response = typing.cast(AsyncStreamedResponse[T], await self._send())
        finally:
            wants_stream.reset(token)
        return self._response

    async def __aexit__(self, *exc: object) -> None:
        if self._response is not None:
            await self._response.close()


def to_streamed_response(
    method: typing.Callable[P, T],
) -> typing.Callable[P, StreamedResponseManager[T]]:
    """`method` returning a context manager around its `StreamedResponse`."""

    def call(*args: P.args, **kwargs: P.kwargs) -> StreamedResponseManager[T]:
        return StreamedResponseManager(functools.partial(method, *args, **kwargs))

    call.__doc__ = method.__doc__
    return call


def async_to_streamed_response(
    method: typing.Callable[P, typing.Awaitable[T]],
) -> typing.Callable[P, AsyncStreamedResponseManager[T]]:
    """The async `method` returning an async context manager around its
    `AsyncStreamedResponse`."""

    def call(*args: P.args, **kwargs: P.kwargs) -> AsyncStreamedResponseManager[T]:
        return AsyncStreamedResponseManager(functools.partial(method, *args, **kwargs))

    call.__doc__ = method.__doc__
    return call

"""Streamed responses: server-sent events and newline-delimited JSON, item by item.

A streaming method returns a `Stream` (an `AsyncStream` from the async client):
iterate it to get each item as it arrives, parsed into the type the spec gives the
items. The connection is released when the loop ends, when the stream is closed
(`with` / `async with`, `close()`), or when a loop breaks and drops the stream (sync).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import typing

from ._base_client import Streamed
from ._errors import ResponseValidationError

if typing.TYPE_CHECKING:
    import httpx
    import pydantic

__all__ = ["AsyncStream", "ServerSentEvent", "Stream", "StreamOf"]

T = typing.TypeVar("T")
Format = typing.Literal["sse", "ndjson"]


@dataclasses.dataclass(frozen=True)
class ServerSentEvent:
    """One server-sent event as it came: its `event` name (`message` when unnamed),
    its `data` (multi-line data joined with newlines), its `id`, and the `retry` delay
    it asked for (ms)."""

    data: str
    event: str = "message"
    id: typing.Optional[str] = None
    retry: typing.Optional[int] = None


class StreamOf(Streamed["Stream[T]", "AsyncStream[T]"], typing.Generic[T]):
    """How a streaming method reads its body: the format and the type of each item.

    `whole_event`: the item type describes the whole event (its `event`, `data`, `id`
    fields), else the JSON in each event's `data`. `sentinel`: a `data` that ends the
    stream (`[DONE]`)."""

    def __init__(
        self,
        tp: typing.Any,
        format: Format,
        *,
        whole_event: bool = False,
        sentinel: typing.Optional[str] = "[DONE]",
    ) -> None:
        self.tp = tp
        self.format = format
        self.whole_event = whole_event
        self.sentinel = sentinel

    def open(self, response: httpx.Response) -> Stream[T]:
        return Stream(response, self)

    def aopen(self, response: httpx.Response) -> AsyncStream[T]:
        return AsyncStream(response, self)


@functools.lru_cache(maxsize=None)
def _adapter(tp: typing.Any) -> pydantic.TypeAdapter[typing.Any]:
    import pydantic

    return pydantic.TypeAdapter(tp)


class _Decoder(typing.Generic[T]):
    """Lines in, items out: the part of a stream that is the same sync and async."""

    def __init__(self, response: httpx.Response, of: StreamOf[T]) -> None:
        self.response = response
        self.of = of
        self.done = False
        self._data: typing.List[str] = []
        self._event = ""
        self._id: typing.Optional[str] = None
        self._retry: typing.Optional[int] = None

    def line(self, line: str) -> typing.Optional[typing.List[T]]:
        """The items a line completes (none, one), or None once the stream has ended."""
        if self.done:
            return None
        if self.of.format == "ndjson":
            return [self._parse(line)] if line.strip() else []
        if line == "":
            return self._dispatch()
        if line.startswith(":"):
            return []  # a comment (servers send them to keep the connection open)
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return []

    def end(self) -> typing.List[T]:
        """An event the body ended without a blank line after."""
        return (
            (self._dispatch() or [])
            if self.of.format == "sse" and not self.done
            else []
        )

    def _dispatch(self) -> typing.Optional[typing.List[T]]:
        if not self._data:
            self._event = ""
            return []
        data = "\n".join(self._data)
        event = ServerSentEvent(data, self._event or "message", self._id, self._retry)
        self._data, self._event = [], ""
        if self.of.sentinel is not None and data.strip() == self.of.sentinel:
            self.done = True
            return None
        if self.of.tp is ServerSentEvent:
            return [typing.cast(T, event)]
        if self.of.tp is str:
            return [typing.cast(T, data)]
        if self.of.whole_event:
            try:
                parsed: object = json.loads(data)
            except ValueError:
                parsed = data
            whole = {
                "event": event.event,
                "data": parsed,
                "id": event.id,
                "retry": event.retry,
            }
            return [self._validate({k: v for k, v in whole.items() if v is not None})]
        return [self._parse(data)]

    def _parse(self, text: str) -> T:
        if self.of.tp is str:
            return typing.cast(T, text)
        import pydantic

        try:
            return typing.cast(T, _adapter(self.of.tp).validate_json(text))
        except pydantic.ValidationError as exc:
            raise self._invalid(text, exc) from None

    def _validate(self, value: object) -> T:
        import pydantic

        try:
            return typing.cast(T, _adapter(self.of.tp).validate_python(value))
        except pydantic.ValidationError as exc:
            raise self._invalid(json.dumps(value, default=str), exc) from None

    def _invalid(
        self, text: str, exc: pydantic.ValidationError
    ) -> ResponseValidationError:
        request = self.response.request
        return ResponseValidationError(
            f"{request.method} {request.url.copy_with(query=None)} -> "
            f"{self.response.status_code}: a streamed item does not match the spec: "
            f"{exc.error_count()} error(s)",
            status_code=self.response.status_code,
            body=text,
            request_id=self.response.headers.get("x-request-id"),
            headers=self.response.headers,
        )


class Stream(typing.Iterator[T]):
    """The items of a streamed response, as they arrive (see the module docstring)."""

    def __init__(self, response: httpx.Response, of: StreamOf[T]) -> None:
        self.response = response
        self._items = self._iterate(_Decoder(response, of))

    @staticmethod
    def _iterate(decoder: _Decoder[T]) -> typing.Generator[T, None, None]:
        # Static: a generator that held `self` would keep a dropped stream alive (a cycle)
        # until the garbage collector ran, and its connection with it.
        try:
            for line in decoder.response.iter_lines():
                items = decoder.line(line)
                if items is None:
                    return
                yield from items
            yield from decoder.end()
        finally:
            decoder.response.close()

    def __next__(self) -> T:
        return next(self._items)

    def __iter__(self) -> Stream[T]:
        return self

    def close(self) -> None:
        """Stop reading and release the connection (idempotent)."""
        self._items.close()
        self.response.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        # A loop that breaks out and drops the stream releases the connection here.
        if hasattr(self, "_items"):
            self.close()


class AsyncStream(typing.AsyncIterator[T]):
    """The async `Stream`: `async for` over it; `async with` (or `aclose()`) releases
    the connection of a loop that stops early."""

    def __init__(self, response: httpx.Response, of: StreamOf[T]) -> None:
        self.response = response
        self._items = self._iterate(_Decoder(response, of))

    @staticmethod
    async def _iterate(decoder: _Decoder[T]) -> typing.AsyncGenerator[T, None]:
        try:
            async for line in decoder.response.aiter_lines():
                items = decoder.line(line)
                if items is None:
                    return
                for item in items:
                    yield item
            for item in decoder.end():
                yield item
        finally:
            await decoder.response.aclose()

    async def __anext__(self) -> T:
        return await self._items.__anext__()

    def __aiter__(self) -> AsyncStream[T]:
        return self

    async def aclose(self) -> None:
        """Stop reading and release the connection (idempotent)."""
        await self._items.aclose()
        await self.response.aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

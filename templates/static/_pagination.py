"""Pages of a list operation: `for item in client.things.list(): ...` walks every item of every
page, fetching the next page only when the loop reaches it; on the async client,
`async for item in client.things.list(): ...` does the same, and `await client.things.list()`
gives the first page.

A page holds its items (`items`), the parsed response body (`body`) and the HTTP response;
`has_next_page()` and `next_page()` move by hand. How the next page is asked for is the
operation's `Paging` scheme (the generator recognises it from the spec or the config declares
it): a cursor from the body sent back as a query parameter, a next-page URL in the body or in
an RFC 8288 `Link: <...>; rel="next"` header, an offset advanced by the items received, or a
page number.
"""

from __future__ import annotations

import dataclasses
import re
import typing

import typing_extensions

from ._raw import RawResponse, wants_raw
from ._types import NotGiven

if typing.TYPE_CHECKING:
    import httpx

    from ._base_client import AsyncCore, CallArgs, SyncCore

__all__ = [
    "AsyncPage",
    "AsyncPager",
    "Paging",
    "SyncPage",
    "async_request_page",
    "request_page",
]

T = typing.TypeVar("T")
_LINK = re.compile(r"<([^>]*)>\s*((?:;\s*[^;,]+)*)")
_NEXT_REL = re.compile(r"""(?:^|;)\s*rel\s*=\s*"?([^";]*)"?""")


@dataclasses.dataclass(frozen=True)
class Paging:
    """How an operation pages: `scheme` (cursor, next_url, link_header, offset, page), the
    body attribute holding the items, the query parameter for a later page (`param`), the body
    attribute naming it (`field`, dotted when nested: `meta.next_page_url`) and the page-size
    parameter (`limit_param`)."""

    scheme: str
    items: str
    param: str = ""
    field: str = ""
    limit_param: str = ""


def _link_next(header: typing.Optional[str]) -> typing.Optional[str]:
    """The `rel="next"` target of a `Link` header, if any."""
    for match in _LINK.finditer(header or ""):
        for rel in _NEXT_REL.finditer(match.group(2)):
            if "next" in rel.group(1).lower().split():
                return match.group(1)
    return None


def _attr(body: object, path: str) -> object:
    """The value at a dotted attribute path (`meta.next_page_url`); None if any step is."""
    value: object = body
    for name in path.split("."):
        value = getattr(value, name, None)
        if value is None:
            return None
    return value


def _number(value: object, default: int) -> int:
    if isinstance(value, NotGiven) or value is None:
        return default
    return int(str(value))


class _Page(typing.Generic[T]):
    def __init__(
        self,
        method: str,
        path: str,
        cast_to: object,
        paging: Paging,
        args: CallArgs,
        body: object,
        response: httpx.Response,
    ) -> None:
        self.body = body
        """The response body, parsed: the page's other fields (totals, ...) are here."""
        self.http_response = response
        self.items: typing.List[T] = list(getattr(body, paging.items, None) or [])
        self._method, self._path, self._cast_to = method, path, cast_to
        self._paging, self._args = paging, args
        self._next = self._next_args()
        self._core: typing.Any = None
        """Set by `request_page` / `async_request_page`: what fetches the next page."""

    def has_next_page(self) -> bool:
        return self._next is not None

    def _next_args(self) -> typing.Optional[CallArgs]:
        paging, args = self._paging, self._args
        query = dict(args.get("query") or {})
        scheme = paging.scheme
        if scheme in ("next_url", "link_header"):
            url = (
                _attr(self.body, paging.field)
                if scheme == "next_url"
                else _link_next(self.http_response.headers.get("link"))
            )
            if not url or not self.items:
                return None
            return {**args, "next_url": str(url)}
        if not self.items:
            return None
        if scheme == "cursor":
            cursor = _attr(self.body, paging.field)
            if cursor is None or cursor == "" or cursor == query.get(paging.param):
                return None
            query[paging.param] = cursor
        else:
            limit = query.get(paging.limit_param) if paging.limit_param else None
            if limit is not None and not isinstance(limit, NotGiven):
                if len(self.items) < _number(limit, 0):
                    return None  # a short page is the last
            if scheme == "offset":
                query[paging.param] = _number(query.get(paging.param), 0) + len(
                    self.items
                )
            else:
                query[paging.param] = _number(query.get(paging.param), 1) + 1
        return {**args, "query": query}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self.items)} item(s), next page: {self.has_next_page()}>"


class SyncPage(_Page[T]):
    """One page of a list; iterating it yields every item of this page and the ones after."""

    def next_page(self) -> SyncPage[T]:
        if self._next is None:
            raise StopIteration("no next page")
        return request_page(
            self._core,
            self._method,
            self._path,
            cast_to=self._cast_to,
            paging=self._paging,
            **self._next,
        )

    def iter_pages(self) -> typing.Iterator[SyncPage[T]]:
        """This page and every one after it, each fetched when reached."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> typing.Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_Page[T]):
    """One page of a list; `async for` over it yields every item of this page and the ones
    after."""

    async def next_page(self) -> AsyncPage[T]:
        if self._next is None:
            raise StopAsyncIteration("no next page")
        return await async_request_page(
            self._core,
            self._method,
            self._path,
            cast_to=self._cast_to,
            paging=self._paging,
            **self._next,
        )

    async def iter_pages(self) -> typing.AsyncIterator[AsyncPage[T]]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def __aiter__(self) -> typing.AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPager(typing.Awaitable[AsyncPage[T]], typing.AsyncIterable[T]):
    """What an async list method returns, before any request is sent: `await` it for the
    first page, or `async for` over it for every item of every page (each page fetched when
    the loop reaches it). Each `await` and each loop sends its own first request."""

    def __init__(
        self,
        core: AsyncCore,
        method: str,
        path: str,
        *,
        cast_to: object,
        paging: Paging,
        **args: typing_extensions.Unpack[CallArgs],
    ) -> None:
        self._core, self._method, self._path = core, method, path
        self._cast_to, self._paging, self._args = cast_to, paging, args

    def __await__(self) -> typing.Generator[typing.Any, None, AsyncPage[T]]:
        first = async_request_page(
            self._core,
            self._method,
            self._path,
            cast_to=self._cast_to,
            paging=self._paging,
            **self._args,
        )
        return first.__await__()

    async def __aiter__(self) -> typing.AsyncIterator[T]:
        page: AsyncPage[T] = await self
        async for item in page:
            yield item

    def __repr__(self) -> str:
        return f"<AsyncPager {self._method} {self._path} (await it, or async for)>"


def request_page(
    core: SyncCore,
    method: str,
    path: str,
    *,
    cast_to: object,
    paging: Paging,
    **args: typing_extensions.Unpack[CallArgs],
) -> SyncPage[typing.Any]:
    """The first page of a list: the core's `request`, kept with what asks for the next one."""
    outer = wants_raw.get()
    token = wants_raw.set(True)
    try:
        raw = typing.cast(
            RawResponse[object],
            core.request(
                method, path, cast_to=typing.cast(typing.Type[object], cast_to), **args
            ),
        )
    finally:
        wants_raw.reset(token)
    page: SyncPage[typing.Any] = SyncPage(
        method, path, cast_to, paging, args, raw.parse(), raw.http_response
    )
    page._core = core
    if outer:  # `with_raw_response`: the response, parsing into the page
        return typing.cast(
            SyncPage[typing.Any], RawResponse(raw.http_response, lambda: page)
        )
    return page


async def async_request_page(
    core: AsyncCore,
    method: str,
    path: str,
    *,
    cast_to: object,
    paging: Paging,
    **args: typing_extensions.Unpack[CallArgs],
) -> AsyncPage[typing.Any]:
    """`request_page` on the async core."""
    outer = wants_raw.get()
    token = wants_raw.set(True)
    try:
        raw = typing.cast(
            RawResponse[object],
            await core.request(
                method, path, cast_to=typing.cast(typing.Type[object], cast_to), **args
            ),
        )
    finally:
        wants_raw.reset(token)
    page: AsyncPage[typing.Any] = AsyncPage(
        method, path, cast_to, paging, args, raw.parse(), raw.http_response
    )
    page._core = core
    if outer:
        return typing.cast(
            AsyncPage[typing.Any], RawResponse(raw.http_response, lambda: page)
        )
    return page

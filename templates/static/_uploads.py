"""Local files in `generate()`: upload them and send the uploaded path instead.

A file-path argument may hold a URL or a path the API already knows: those pass through. A
path to an existing local file is uploaded: one call asks for upload URLs, then each file is
sent with a `PUT` (without the API's credentials, to the storage host the URL names). Kinds and
content types come from the tables below, not from the host's `mime.types`, so every machine
behaves the same. The caller's dicts and lists are never modified: a copy carries the change.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
import typing
from urllib.parse import urlsplit

import anyio
import httpx

from ._base_client import AsyncCore, SyncCore
from ._errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    InternalServerError,
    RateLimitError,
    error_for_response,
)
from ._jobs import Call
from ._types import NotGiven, RequestOptions
from ._upload_kinds import KINDS

__all__ = [
    "AsyncLocalFiles",
    "FileArg",
    "Granted",
    "LocalFiles",
    "Target",
    "Uploads",
    "Wanted",
]

T = typing.TypeVar("T")
Target = typing.Tuple[typing.Tuple[str, ...], typing.Optional[str]]
"""(path into the argument, `*` for every list item; the upload kind, or None to go by extension)."""
K = typing.TypeVar("K")
Wanted = typing.List[typing.Tuple[K, str]]
"""(kind, as the upload operation's type for it, and extension) per file, in order."""
Granted = typing.List[typing.Tuple[str, str]]
"""(upload URL, path to send instead) per file, in the same order."""
FileArg = typing.Union[str, "os.PathLike[str]", typing.IO[bytes]]
"""A file to upload: its path, or a binary file object with a `name` (its extension tells the
kind)."""


def _one(file: FileArg) -> _Found:
    """What `upload_file()` sends: the file at a path, or an open file's own bytes (an
    in-memory one too), whose `name` tells its kind."""
    if isinstance(file, (str, os.PathLike)):
        path, content = os.fspath(file), None
        if not os.path.isfile(path):
            raise FileNotFoundError(errno.ENOENT, "no such file to upload", path)
    else:
        name = getattr(file, "name", None)
        if not isinstance(name, (str, os.PathLike)):
            raise ValueError(
                "upload_file() takes a path, or a file object with a `name` to tell its kind"
                " by (an in-memory file can be given one: `buffer.name = 'photo.png'`)"
            )
        path, content = str(os.fspath(name)), _read_all(file)
    kind, extension = _kind_of(path, None)
    return _Found({"file": path}, "file", path, kind, extension, content)


def _read_all(file: typing.IO[bytes]) -> bytes:
    """All of `file` from its start, its position left where it was."""
    start = file.tell() if file.seekable() else None
    if start is not None:
        file.seek(0)
    try:
        return file.read()
    finally:
        if start is not None:
            file.seek(start)


def _kind_of(path: str, kind: typing.Optional[str]) -> typing.Tuple[str, str]:
    """(upload kind, extension) of a local file: the target's own kind, else its extension's."""
    extension = os.path.splitext(path)[1].lstrip(".").lower()
    chosen = kind or KINDS.get(extension)
    if chosen is None:
        raise ValueError(
            f"cannot upload {path!r}: unknown file extension {extension!r} "
            f"(known: {', '.join(sorted(KINDS))})"
        )
    return chosen, extension


CONTENT_TYPES: typing.Dict[str, str] = {
    "aac": "audio/aac",
    "aiff": "audio/aiff",
    "amr": "audio/amr",
    "avif": "image/avif",
    "bmp": "image/bmp",
    "flac": "audio/flac",
    "gif": "image/gif",
    "heic": "image/heic",
    "heif": "image/heif",
    "jp2": "image/jp2",
    "jpeg": "image/jpeg",
    "jpg": "image/jpeg",
    "m4a": "audio/mp4",
    "m4v": "video/x-m4v",
    "mov": "video/quicktime",
    "mp3": "audio/mpeg",
    "mp4": "video/mp4",
    "ogg": "audio/ogg",
    "opus": "audio/opus",
    "png": "image/png",
    "tiff": "image/tiff",
    "wav": "audio/wav",
    "webm": "video/webm",
    "webp": "image/webp",
}
_TRANSIENT = (
    httpx.TransportError,
    ApiConnectionError,
    InternalServerError,
    RateLimitError,
)


class _Found(typing.NamedTuple):
    # Containers come from copies of TypedDicts and lists of unknown item types.
    container: typing.Any
    key: typing.Any
    path: str
    kind: str
    extension: str
    content: typing.Optional[bytes] = None
    """The bytes to send, when they are not read from `path` (a file object's)."""


def _is_local(value: object) -> bool:
    if not isinstance(value, str) or not value:
        return False
    if urlsplit(value).scheme in ("http", "https", "data"):
        return False
    return os.path.isfile(value)


def _copy(value: object) -> object:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_copy(v) for v in value]
    return value


def _slots(
    node: object, path: typing.Sequence[str]
) -> typing.Iterator[typing.Tuple[typing.Any, typing.Any]]:
    """(container, key) of every value the path reaches; `*` steps into every list item."""
    step, rest = path[0], path[1:]
    if step == "*":
        keys: typing.Sequence[typing.Union[str, int]] = (
            range(len(node)) if isinstance(node, list) else ()
        )
    else:
        keys = [step] if isinstance(node, dict) and step in node else []
    for key in keys:
        if rest:
            yield from _slots(node[key], rest)  # type: ignore[index]
        else:
            yield node, key


def _find(value: object, targets: typing.Sequence[Target]) -> typing.List[_Found]:
    found: typing.List[_Found] = []
    for path, kind in targets:
        for container, key in _slots(value, path):
            item = container[key]
            if not _is_local(item):
                continue
            chosen, extension = _kind_of(item, kind)
            found.append(_Found(container, key, item, chosen, extension))
    return found


def _apply(found: typing.List[_Found], granted: Granted) -> None:
    if len(granted) != len(found):
        raise ApiError(f"asked for {len(found)} upload URLs, got {len(granted)}")
    for item, (_, remote) in zip(found, granted):
        item.container[item.key] = remote


def _failed(exc: BaseException, url: str) -> BaseException:
    """What a `PUT` that ran out of retries raises: always an `ApiError` (no bare httpx error),
    naming the URL without its query (upload URLs are signed: the query is the secret).
    """
    if not isinstance(exc, httpx.TransportError):
        return exc
    parts = urlsplit(url)
    where = f"PUT {parts.scheme}://{parts.netloc.rpartition('@')[2]}{parts.path}"
    if isinstance(exc, httpx.TimeoutException):
        return ApiTimeoutError(f"{where}: timed out ({exc})")
    return ApiConnectionError(f"{where}: {exc}")


def _body(
    item: _Found,
) -> typing.ContextManager[typing.Union[bytes, typing.IO[bytes]]]:
    """What a `PUT` sends: the bytes given, or the file streamed from its path."""
    if item.content is not None:
        return contextlib.nullcontext(item.content)
    return open(item.path, "rb")


def _headers(item: _Found) -> typing.Dict[str, str]:
    return {
        "Content-Type": CONTENT_TYPES.get(item.extension, "application/octet-stream")
    }


class LocalFiles(typing.Generic[K]):
    """Uploads the local files found in `generate()`'s arguments."""

    def __init__(
        self,
        core: SyncCore,
        request: typing.Callable[[Wanted[K]], Granted],
        kind: typing.Callable[[str], K],
    ) -> None:
        self._core = core
        self._request = request
        self._kind = kind

    def upload(self, value: T, targets: typing.Sequence[Target]) -> T:
        if isinstance(value, NotGiven) or not _find(value, targets):
            return value
        copied = _copy(value)
        found = _find(copied, targets)
        granted = self._request([(self._kind(f.kind), f.extension) for f in found])
        for item, (url, _) in zip(found, granted):
            self._put(url, item)
        _apply(found, granted)
        return typing.cast(T, copied)

    def upload_one(self, item: _Found) -> str:
        """Upload one file; the path to send instead."""
        granted = self._request([(self._kind(item.kind), item.extension)])
        _apply([item], granted)
        self._put(granted[0][0], item)
        return typing.cast(str, item.container[item.key])

    def _put(self, url: str, item: _Found) -> None:
        for attempt in range(self._core.max_retries + 1):
            try:
                with _body(item) as content:
                    response = self._core.http.put(
                        url,
                        content=content,
                        headers=_headers(item),
                        timeout=self._core.timeout,
                    )
                if response.status_code >= 300:
                    raise error_for_response(response, None)
                return
            except _TRANSIENT as exc:
                if attempt >= self._core.max_retries:
                    raise _failed(exc, url) from None
                time.sleep(self._core.delay(attempt, None) or 0.0)


class AsyncLocalFiles(typing.Generic[K]):
    """The async twin of `LocalFiles`."""

    def __init__(
        self,
        core: AsyncCore,
        request: typing.Callable[[Wanted[K]], typing.Awaitable[Granted]],
        kind: typing.Callable[[str], K],
    ) -> None:
        self._core = core
        self._request = request
        self._kind = kind

    async def upload(self, value: T, targets: typing.Sequence[Target]) -> T:
        if isinstance(value, NotGiven) or not _find(value, targets):
            return value
        copied = _copy(value)
        found = _find(copied, targets)
        granted = await self._request(
            [(self._kind(f.kind), f.extension) for f in found]
        )
        for item, (url, _) in zip(found, granted):
            await self._put(url, item)
        _apply(found, granted)
        return typing.cast(T, copied)

    async def upload_one(self, item: _Found) -> str:
        """Upload one file; the path to send instead."""
        granted = await self._request([(self._kind(item.kind), item.extension)])
        _apply([item], granted)
        await self._put(granted[0][0], item)
        return typing.cast(str, item.container[item.key])

    async def _put(self, url: str, item: _Found) -> None:
        for attempt in range(self._core.max_retries + 1):
            try:
                content = item.content
                if content is None:
                    content = await anyio.Path(item.path).read_bytes()
                response = await self._core.http.put(
                    url,
                    content=content,
                    headers=_headers(item),
                    timeout=self._core.timeout,
                )
                if response.status_code >= 300:
                    raise error_for_response(response, None)
                return
            except _TRANSIENT as exc:
                if attempt >= self._core.max_retries:
                    raise _failed(exc, url) from None
                await anyio.sleep(self._core.delay(attempt, None) or 0.0)


class Uploads(typing.NamedTuple):
    """How a `generate()` uploads local files (one per create method): the operation that
    hands out upload URLs, the names of its fields, and which arguments hold file paths.
    """

    call: Call
    items_arg: str
    """The upload operation's keyword for the list of wanted files."""
    kind_key: str
    extension_key: str
    items_attr: str
    """Its response's attribute listing the granted uploads, in the same order."""
    url_attr: str
    path_attr: str
    kind: typing.Callable[[str], object]
    """What the upload operation takes as a file's kind (its enum, or `str`)."""
    targets: typing.Mapping[str, typing.Sequence[Target]]
    """Argument name -> where in it file paths may be."""

    def _wanted(self, wanted: Wanted[object]) -> typing.Dict[str, typing.Any]:
        items = [{self.kind_key: k, self.extension_key: e} for k, e in wanted]
        return {self.items_arg: items}

    def _granted(self, response: object) -> Granted:
        items = getattr(response, self.items_attr)
        return [(getattr(i, self.url_attr), getattr(i, self.path_attr)) for i in items]

    def upload(
        self,
        core: SyncCore,
        arguments: typing.Dict[str, object],
        options: typing.Optional[RequestOptions],
    ) -> None:
        """Upload the local files `arguments` name; the uploaded paths replace them."""
        files = self._files(core, options)
        for name, targets in self.targets.items():
            if name in arguments:
                arguments[name] = files.upload(arguments[name], targets)

    async def aupload(
        self,
        core: AsyncCore,
        arguments: typing.Dict[str, object],
        options: typing.Optional[RequestOptions],
    ) -> None:
        """The async twin of `upload`."""
        files = self._afiles(core, options)
        for name, targets in self.targets.items():
            if name in arguments:
                arguments[name] = await files.upload(arguments[name], targets)

    def upload_file(
        self, core: SyncCore, file: FileArg, options: typing.Optional[RequestOptions]
    ) -> str:
        """Upload one local file; its uploaded path."""
        return self._files(core, options).upload_one(_one(file))

    async def aupload_file(
        self, core: AsyncCore, file: FileArg, options: typing.Optional[RequestOptions]
    ) -> str:
        """The async twin of `upload_file`."""
        return await self._afiles(core, options).upload_one(_one(file))

    def _files(
        self, core: SyncCore, options: typing.Optional[RequestOptions]
    ) -> LocalFiles[object]:
        request = self.call.bind(core)

        def granted(wanted: Wanted[object]) -> Granted:
            response = request(**self._wanted(wanted), request_options=options)
            return self._granted(response)

        return LocalFiles(core, granted, self.kind)

    def _afiles(
        self, core: AsyncCore, options: typing.Optional[RequestOptions]
    ) -> AsyncLocalFiles[object]:
        request = self.call.bind(core)

        async def granted(wanted: Wanted[object]) -> Granted:
            response = await request(**self._wanted(wanted), request_options=options)
            return self._granted(response)

        return AsyncLocalFiles(core, granted, self.kind)

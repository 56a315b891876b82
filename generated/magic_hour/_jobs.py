"""Long-running jobs for `generate()`: create one, wait for a final status, download the outputs.

Every generated `generate()` is one call of `run_job` (`arun_job` when async): it hands over its
create method, its arguments and a `Workflow` (where to poll, which fields to read), and this
module does the rest: upload local files (`_uploads.Uploads`), create, poll, download.

Waiting is bounded (`timeout`), backs off between polls, and survives transient failures of a
poll (connection errors, 429, 5xx) instead of abandoning the job. Downloads never write
outside the chosen directory whatever the URL or `Content-Disposition` says, never leave a
partial file (bytes go to a temp file that is renamed into place only when complete), and
never overwrite an existing file unless asked.

Download size: a file is complete when exactly its `Content-Length` arrived. Fewer bytes is a
truncated download: retried, then `DownloadError`. More bytes than announced (HTTP/1.1 itself
stops at the length, but a custom transport may not) is cut off at the length. Without a length
(chunked or compressed bodies) nothing bounds what a server may send, so every download is also
capped at `max_bytes` (default `DEFAULT_MAX_DOWNLOAD_BYTES`, 10 GiB; `None` for no cap): a
`Content-Length` over the cap is refused before anything is written, and a body that grows past
it is cut off there. An oversized body is a `DownloadError` that is not retried (the same file
would be as big again), and nothing of it is left on disk.

A download honours the call's `request_options` timeout and max_retries. Its headers and
extra query parameters are for the API only: an output URL is often signed, and is fetched
exactly as given, without credentials.
"""

from __future__ import annotations

import email.message
import functools
import importlib
import logging
import mimetypes
import os
import re
import secrets
import time
import typing
import unicodedata
from pathlib import Path
from urllib.parse import unquote, urlsplit

import anyio
import httpx
import pydantic

from ._base_client import AsyncCore, SyncCore
from ._errors import (
    ApiConnectionError,
    ApiError,
    DownloadError,
    InternalServerError,
    RateLimitError,
    WaitTimeoutError,
    error_for_response,
)
from ._types import RequestOptions

__all__ = [
    "DEFAULT_MAX_DOWNLOAD_BYTES",
    "DEFAULT_WAIT_TIMEOUT",
    "Call",
    "Workflow",
    "acheck_job",
    "afinish_job",
    "arun_job",
    "check_job",
    "finish_job",
    "run_job",
]

P = typing.TypeVar("P", bound=pydantic.BaseModel)
R = typing.TypeVar("R", bound=pydantic.BaseModel)
PathArg = typing.Union[str, "os.PathLike[str]", None]

logger = logging.getLogger(__name__.rsplit(".", 1)[0])

DEFAULT_WAIT_TIMEOUT = 1800.0
"""Seconds `generate()` waits for a job by default; pass `wait_timeout=None` to wait forever."""
DEFAULT_MAX_DOWNLOAD_BYTES = 10 * 1024**3
"""The largest file a download may write (10 GiB), whatever the server sends; see the module doc."""
_DEFAULT_POLL_INTERVAL = 0.5
_MAX_POLL_INTERVAL = 10.0
_TRANSIENT = (ApiConnectionError, InternalServerError, RateLimitError)
_UNSAFE_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
# Device names Windows reserves in every directory, with any extension, and with trailing spaces
# (`NUL .txt`); `COM¹` counts too.
_WINDOWS_RESERVED = re.compile(
    r"^(con|prn|aux|nul|conin\$|conout\$|clock\$|(com|lpt)[0-9\u00b9\u00b2\u00b3]) *(\..*)?$",
    re.IGNORECASE,
)
_MAX_NAME = 150
"""Characters; names are also cut to `_MAX_NAME_BYTES` of UTF-8 (file systems count bytes: 255)."""
_MAX_NAME_BYTES = 200
_CHUNK = 64 * 1024
_PACKAGE = __name__.rsplit(".", 1)[0]
_Arguments = typing.Dict[str, object]


class Call(typing.NamedTuple):
    """A method of another resource of this SDK, imported when first used (resource modules
    load lazily). The async twin of resource class `X` is `AsyncX`, as resource modules name
    their classes."""

    module: str
    """The resource's module, from the SDK package (`resources.v1.image_projects`)."""
    resource: str
    method: str

    def bind(
        self, core: typing.Union[SyncCore, AsyncCore]
    ) -> typing.Callable[..., typing.Any]:
        module = importlib.import_module("." + self.module, _PACKAGE)
        prefix = "Async" if isinstance(core, AsyncCore) else ""
        method: typing.Callable[..., typing.Any] = getattr(
            getattr(module, prefix + self.resource)(core), self.method
        )
        return method


class Uploader(typing.Protocol):
    """Uploads the local files among `generate()`'s arguments (`_uploads.Uploads`)."""

    def upload(
        self,
        core: SyncCore,
        arguments: _Arguments,
        options: typing.Optional[RequestOptions],
    ) -> None: ...

    async def aupload(
        self,
        core: AsyncCore,
        arguments: _Arguments,
        options: typing.Optional[RequestOptions],
    ) -> None: ...


class Workflow(typing.NamedTuple):
    """How a create method's `generate()` finishes its job (one per create method)."""

    poll: Call
    id_param: str
    """The polling method's keyword for the job id."""
    id_attr: str
    """The create response's attribute that holds the job id."""
    status_attr: str
    success: typing.Tuple[str, ...]
    failure: typing.Tuple[str, ...]
    outputs: typing.Optional[typing.Tuple[str, str]] = None
    """(the job's attribute listing its outputs, an output's attribute holding its URL), or
    None: the job has nothing to download."""
    poll_interval_env: typing.Optional[str] = None
    upload: typing.Optional[Uploader] = None

    def status(self, project: pydantic.BaseModel) -> object:
        return getattr(project, self.status_attr)

    def output_urls(self, project: pydantic.BaseModel) -> typing.List[str]:
        assert self.outputs is not None
        listed, url = self.outputs
        return [getattr(item, url) for item in getattr(project, listed) or []]

    def poll_id(
        self,
        core: typing.Union[SyncCore, AsyncCore],
        job_id: object,
        options: typing.Optional[RequestOptions],
    ) -> typing.Callable[[], typing.Any]:
        """The polling call of the job with this id."""
        return functools.partial(
            self.poll.bind(core), **{self.id_param: job_id}, request_options=options
        )


def poll_interval(env: typing.Optional[str]) -> float:
    """The first wait between polls: the environment variable when set (tests shorten it)."""
    raw = os.environ.get(env) if env else None
    if raw:
        try:
            return max(float(raw), 0.0)
        except ValueError:
            logger.warning("ignoring %s=%r: not a number of seconds", env, raw)
    return _DEFAULT_POLL_INTERVAL


class _Waiter(typing.Generic[P]):
    """Polling state shared by the sync and async loops."""

    def __init__(self, workflow: Workflow, timeout: typing.Optional[float]) -> None:
        self.status = workflow.status
        self.final = set(workflow.success) | set(workflow.failure)
        self.deadline = None if timeout is None else time.monotonic() + timeout
        self.interval = poll_interval(workflow.poll_interval_env)
        self.cap = max(_MAX_POLL_INTERVAL, self.interval)
        self.last: typing.Optional[P] = None

    def done(self, project: P) -> bool:
        self.last = project
        return str(self.status(project)) in self.final

    def next_sleep(self) -> float:
        """Seconds to sleep before the next poll, or `WaitTimeoutError` when out of time.

        The last sleep is cut short at the deadline, so the final poll happens right there.
        """
        wait = self.interval
        if self.deadline is not None:
            left = self.deadline - time.monotonic()
            if left <= 0:
                state = (
                    self.last.model_dump(mode="json", by_alias=True)
                    if self.last is not None
                    else None
                )
                last = (
                    f" (last status: {self.status(self.last)})"
                    if self.last is not None
                    else ""
                )
                raise WaitTimeoutError(
                    f"the job did not finish within the wait timeout{last}", body=state
                )
            wait = min(wait, left)
        self.interval = min(self.interval * 1.5, self.cap)
        return wait


def _result(
    result: typing.Type[R],
    project: pydantic.BaseModel,
    paths: typing.Optional[typing.List[str]],
) -> R:
    """The final state as `result`: the polling model, or its subclass with `downloaded_paths`."""
    if paths is None and isinstance(project, result):
        return project
    data = project.model_dump(by_alias=True)
    if paths is not None:
        data["downloaded_paths"] = paths
    return result.model_validate(data)


def run_job(
    core: SyncCore,
    workflow: Workflow,
    create: typing.Callable[..., pydantic.BaseModel],
    arguments: typing.Mapping[str, object],
    result: typing.Type[R],
    *,
    wait_for_completion: bool = True,
    download_outputs: bool = True,
    download_directory: PathArg = None,
    wait_timeout: typing.Optional[float] = DEFAULT_WAIT_TIMEOUT,
    overwrite: bool = False,
    max_download_bytes: typing.Optional[int] = DEFAULT_MAX_DOWNLOAD_BYTES,
    request_options: typing.Optional[RequestOptions] = None,
) -> R:
    """What every `generate()` does: upload the local files among `arguments`, `create` the job
    with them, then finish the job by its id as `check_job` does. The keyword arguments are
    `generate()`'s own, passed through."""
    given = dict(arguments)
    if workflow.upload is not None:
        workflow.upload.upload(core, given, request_options)
    created = create(request_options=request_options, **given)
    return check_job(
        core,
        workflow,
        getattr(created, workflow.id_attr),
        result,
        wait_for_completion=wait_for_completion,
        download_outputs=download_outputs,
        download_directory=download_directory,
        wait_timeout=wait_timeout,
        overwrite=overwrite,
        max_download_bytes=max_download_bytes,
        request_options=request_options,
    )


async def arun_job(
    core: AsyncCore,
    workflow: Workflow,
    create: typing.Callable[..., typing.Awaitable[pydantic.BaseModel]],
    arguments: typing.Mapping[str, object],
    result: typing.Type[R],
    *,
    wait_for_completion: bool = True,
    download_outputs: bool = True,
    download_directory: PathArg = None,
    wait_timeout: typing.Optional[float] = DEFAULT_WAIT_TIMEOUT,
    overwrite: bool = False,
    max_download_bytes: typing.Optional[int] = DEFAULT_MAX_DOWNLOAD_BYTES,
    request_options: typing.Optional[RequestOptions] = None,
) -> R:
    """The async twin of `run_job`."""
    given = dict(arguments)
    if workflow.upload is not None:
        await workflow.upload.aupload(core, given, request_options)
    created = await create(request_options=request_options, **given)
    return await acheck_job(
        core,
        workflow,
        getattr(created, workflow.id_attr),
        result,
        wait_for_completion=wait_for_completion,
        download_outputs=download_outputs,
        download_directory=download_directory,
        wait_timeout=wait_timeout,
        overwrite=overwrite,
        max_download_bytes=max_download_bytes,
        request_options=request_options,
    )


def check_job(
    core: SyncCore,
    workflow: Workflow,
    job_id: str,
    result: typing.Type[R],
    *,
    wait_for_completion: bool = True,
    download_outputs: bool = True,
    download_directory: PathArg = None,
    wait_timeout: typing.Optional[float] = DEFAULT_WAIT_TIMEOUT,
    overwrite: bool = False,
    max_download_bytes: typing.Optional[int] = DEFAULT_MAX_DOWNLOAD_BYTES,
    request_options: typing.Optional[RequestOptions] = None,
) -> R:
    """What a workflow's `result_method` does: `run_job` for a job that already exists."""
    return finish_job(
        core,
        workflow,
        workflow.poll_id(core, job_id, request_options),
        result,
        wait=wait_for_completion,
        timeout=wait_timeout,
        download=download_outputs,
        directory=download_directory,
        overwrite=overwrite,
        max_bytes=max_download_bytes,
        request_options=request_options,
    )


async def acheck_job(
    core: AsyncCore,
    workflow: Workflow,
    job_id: str,
    result: typing.Type[R],
    *,
    wait_for_completion: bool = True,
    download_outputs: bool = True,
    download_directory: PathArg = None,
    wait_timeout: typing.Optional[float] = DEFAULT_WAIT_TIMEOUT,
    overwrite: bool = False,
    max_download_bytes: typing.Optional[int] = DEFAULT_MAX_DOWNLOAD_BYTES,
    request_options: typing.Optional[RequestOptions] = None,
) -> R:
    """The async twin of `check_job`."""
    return await afinish_job(
        core,
        workflow,
        workflow.poll_id(core, job_id, request_options),
        result,
        wait=wait_for_completion,
        timeout=wait_timeout,
        download=download_outputs,
        directory=download_directory,
        overwrite=overwrite,
        max_bytes=max_download_bytes,
        request_options=request_options,
    )


def finish_job(
    core: SyncCore,
    workflow: Workflow,
    poll: typing.Callable[[], P],
    result: typing.Type[R],
    *,
    wait: bool,
    timeout: typing.Optional[float],
    download: bool = False,
    directory: PathArg = None,
    overwrite: bool = False,
    max_bytes: typing.Optional[int] = DEFAULT_MAX_DOWNLOAD_BYTES,
    request_options: typing.Optional[RequestOptions] = None,
) -> R:
    """Poll until the job ends (or only once, if not `wait`), then download its outputs; which
    statuses are final and where the outputs are listed is the `workflow`'s."""
    waiter: _Waiter[P] = _Waiter(workflow, timeout)
    project: typing.Optional[P] = None
    while True:
        try:
            project = poll()
        except _TRANSIENT as exc:
            if not wait:
                raise
            logger.warning(
                "polling the job failed (%s); will retry", type(exc).__name__
            )
        if project is not None and (not wait or waiter.done(project)):
            break
        time.sleep(waiter.next_sleep())
    final = str(workflow.status(project))
    if final in workflow.failure:
        logger.warning("the job ended with status %r", final)
    if workflow.outputs is None:
        return _result(result, project, None)
    paths: typing.List[str] = []
    if download and final in workflow.success:
        target = _directory(directory)
        written: typing.Set[Path] = set()
        for index, url in enumerate(workflow.output_urls(project)):
            try:
                placed = _download(
                    core,
                    url,
                    target,
                    (overwrite, written),
                    f"output-{index + 1}",
                    max_bytes,
                    request_options or {},
                )
            except DownloadError as exc:
                exc.job = _result(result, project, paths)
                raise
            paths.append(str(placed))
    return _result(result, project, paths)


async def afinish_job(
    core: AsyncCore,
    workflow: Workflow,
    poll: typing.Callable[[], typing.Awaitable[P]],
    result: typing.Type[R],
    *,
    wait: bool,
    timeout: typing.Optional[float],
    download: bool = False,
    directory: PathArg = None,
    overwrite: bool = False,
    max_bytes: typing.Optional[int] = DEFAULT_MAX_DOWNLOAD_BYTES,
    request_options: typing.Optional[RequestOptions] = None,
) -> R:
    """The async twin of `finish_job`."""
    waiter: _Waiter[P] = _Waiter(workflow, timeout)
    project: typing.Optional[P] = None
    while True:
        try:
            project = await poll()
        except _TRANSIENT as exc:
            if not wait:
                raise
            logger.warning(
                "polling the job failed (%s); will retry", type(exc).__name__
            )
        if project is not None and (not wait or waiter.done(project)):
            break
        await anyio.sleep(waiter.next_sleep())
    final = str(workflow.status(project))
    if final in workflow.failure:
        logger.warning("the job ended with status %r", final)
    if workflow.outputs is None:
        return _result(result, project, None)
    paths: typing.List[str] = []
    if download and final in workflow.success:
        target = _directory(directory)
        written: typing.Set[Path] = set()
        for index, url in enumerate(workflow.output_urls(project)):
            try:
                placed = await _adownload(
                    core,
                    url,
                    target,
                    (overwrite, written),
                    f"output-{index + 1}",
                    max_bytes,
                    request_options or {},
                )
            except DownloadError as exc:
                exc.job = _result(result, project, paths)
                raise
            paths.append(str(placed))
    return _result(result, project, paths)


# --- downloads ---------------------------------------------------------------------------


def _directory(directory: PathArg) -> Path:
    target = Path(directory) if directory is not None else Path.cwd()
    target.mkdir(parents=True, exist_ok=True)
    return target


def _plain(ch: str) -> str:
    """`_` for a character that has no place in a file name: path separators, characters Windows
    refuses, control and format characters (bidi overrides can disguise an extension), lone
    surrogates (not encodable), line and paragraph separators."""
    if _UNSAFE_CHARS.match(ch) or unicodedata.category(ch) in (
        "Cc",
        "Cf",
        "Cs",
        "Zl",
        "Zp",
    ):
        return "_"
    return ch


def _fits(name: str) -> bool:
    return len(name) <= _MAX_NAME and len(name.encode("utf-8")) <= _MAX_NAME_BYTES


def safe_file_name(raw: str, fallback: str) -> str:
    """A plain file name from an untrusted one: no directories, no control characters, no
    names Windows reserves, no leading dots (hidden files, `..`), bounded length in characters
    and in UTF-8 bytes (a short extension is kept when the stem is cut)."""
    name = unquote(raw).replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(_plain(ch) for ch in name).strip(" .")
    if not _fits(name):
        stem, dot, ext = name.rpartition(".")
        if not (dot and stem and len(ext) < 16):
            stem, ext = name, ""
        suffix = "." + ext if ext else ""
        while stem and not _fits(stem + suffix):
            stem = stem[:-1]
        name = stem.rstrip(" .") + suffix if stem.rstrip(" .") else ""
    if _WINDOWS_RESERVED.match(name):
        name = "_" + name
    return name or fallback


def _file_name(response: httpx.Response, url: str, fallback: str) -> str:
    name = ""
    disposition = response.headers.get("content-disposition")
    if disposition:
        message = email.message.Message()
        message["content-disposition"] = disposition
        named = message.get_filename()
        if named:
            name = safe_file_name(str(named), "")
    if not name:
        name = safe_file_name(urlsplit(url).path, "")
    if not name:
        # Neither names a file: `output-1`, with the extension its content type implies.
        kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
        name = fallback + ((mimetypes.guess_extension(kind) or "") if kind else "")
    return name


_Overwrite = typing.Tuple[bool, typing.Set[Path]]
"""`overwrite=` and the files this job already wrote: those are never overwritten (two outputs
with the same name are two files)."""


def _placed(temp: Path, target: Path, overwrite: _Overwrite) -> Path:
    replace, written = overwrite
    placed = _place(temp, target, replace and target not in written)
    written.add(placed)
    return placed


def _place(temp: Path, target: Path, overwrite: bool) -> Path:
    """Move a complete download into place; without `overwrite`, pick a free name atomically."""
    if overwrite:
        os.replace(temp, target)
        return target
    stem, suffix = target.stem, target.suffix
    for n in range(10_000):
        candidate = target if n == 0 else target.with_name(f"{stem}-{n}{suffix}")
        try:
            os.link(
                temp, candidate
            )  # fails if the name is taken: no check-then-write race
        except FileExistsError:
            continue
        except OSError:
            if candidate.exists() or candidate.is_symlink():
                continue
            os.replace(temp, candidate)  # a filesystem without hard links
            return candidate
        os.unlink(temp)
        return candidate
    raise DownloadError(f"no free file name for {target.name} in {target.parent}")


def _check_status(response: httpx.Response) -> None:
    if response.status_code >= 400:
        raise error_for_response(response, None)


def _short(url: str) -> str:
    """A URL for messages and logs: download URLs are often signed; the query is the secret."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}{parts.path}"


class _TooLarge(Exception):
    """A download over the size cap: final, never retried (the file would be as big again)."""


def _check_url(url: str) -> None:
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise DownloadError(f"refusing to download {_short(url)!r}: not an http(s) URL")


def _encoded(response: httpx.Response) -> bool:
    return response.headers.get("content-encoding", "identity").lower() not in (
        "",
        "identity",
    )


def _allowance(
    response: httpx.Response, url: str, max_bytes: typing.Optional[int]
) -> typing.Tuple[typing.Optional[int], str]:
    """The most bytes the body may have, and what sets that limit. A body announced bigger than
    the cap is refused here, before anything is written. An identity body may not exceed its own
    Content-Length (HTTP/1.1 never delivers more, but other transports might); a compressed one
    is bounded by the cap only (Content-Length counts the compressed bytes)."""
    expected = response.headers.get("content-length")
    announced = int(expected) if expected is not None and expected.isdigit() else None
    if max_bytes is not None and announced is not None and announced > max_bytes:
        raise _TooLarge(
            f"download of {_short(url)} refused: {announced} bytes is more than the limit of {max_bytes} bytes"
        )
    if announced is not None and not _encoded(response):
        return announced, f"its Content-Length ({announced} bytes)"
    return max_bytes, f"the limit of {max_bytes} bytes"


def _grow(
    received: int,
    chunk: bytes,
    url: str,
    allowance: typing.Tuple[typing.Optional[int], str],
) -> int:
    """The byte count after `chunk`; stops a body that grows past its allowance before it is written."""
    received += len(chunk)
    limit, reason = allowance
    if limit is not None and received > limit:
        raise _TooLarge(
            f"download of {_short(url)} stopped: the server sent more than {reason}"
        )
    return received


def _retryable(exc: BaseException) -> bool:
    return isinstance(exc, (httpx.TransportError, DownloadError, *_TRANSIENT))


def _download(
    core: SyncCore,
    url: str,
    directory: Path,
    overwrite: _Overwrite,
    fallback: str,
    max_bytes: typing.Optional[int],
    options: RequestOptions,
) -> Path:
    _check_url(url)
    timeout, retries = core.timeout_for(options), core.retries_for(options)
    for attempt in range(retries + 1):
        try:
            with core.http.stream("GET", url, timeout=timeout) as response:
                if response.status_code >= 400:
                    response.read()  # the error's body
                _check_status(response)
                allowance = _allowance(response, url, max_bytes)
                fd, temp = _temp_file(directory)
                try:
                    received = 0
                    with open(fd, "wb") as fh:
                        for chunk in response.iter_bytes(_CHUNK):
                            received = _grow(received, chunk, url, allowance)
                            fh.write(chunk)
                    _check_length(response, received, url)
                    placed = _placed(
                        temp, directory / _file_name(response, url, fallback), overwrite
                    )
                finally:
                    temp.unlink(missing_ok=True)
            logger.info("downloaded %s to %s", _short(url), placed)
            return placed
        except _TooLarge as exc:
            raise DownloadError(str(exc)) from None
        except Exception as exc:
            if not _retryable(exc) or attempt >= retries:
                raise _download_error(exc, url) from None
            time.sleep(core.delay(attempt, None) or 0.0)
    raise AssertionError("unreachable")


async def _adownload(
    core: AsyncCore,
    url: str,
    directory: Path,
    overwrite: _Overwrite,
    fallback: str,
    max_bytes: typing.Optional[int],
    options: RequestOptions,
) -> Path:
    _check_url(url)
    timeout, retries = core.timeout_for(options), core.retries_for(options)
    for attempt in range(retries + 1):
        try:
            async with core.http.stream("GET", url, timeout=timeout) as response:
                if response.status_code >= 400:
                    await response.aread()  # the error's body
                _check_status(response)
                allowance = _allowance(response, url, max_bytes)
                fd, temp = _temp_file(directory)
                try:
                    received = 0
                    async with await anyio.open_file(fd, "wb") as fh:
                        async for chunk in response.aiter_bytes(_CHUNK):
                            received = _grow(received, chunk, url, allowance)
                            await fh.write(chunk)
                    _check_length(response, received, url)
                    placed = _placed(
                        temp, directory / _file_name(response, url, fallback), overwrite
                    )
                finally:
                    temp.unlink(missing_ok=True)
            logger.info("downloaded %s to %s", _short(url), placed)
            return placed
        except _TooLarge as exc:
            raise DownloadError(str(exc)) from None
        except Exception as exc:
            if not _retryable(exc) or attempt >= retries:
                raise _download_error(exc, url) from None
            await anyio.sleep(core.delay(attempt, None) or 0.0)
    raise AssertionError("unreachable")


def _temp_file(directory: Path) -> typing.Tuple[int, Path]:
    """A new, empty, hidden file for a download in progress, and its open descriptor.

    Created like any other file (mode 0666 less the umask), not with `mkstemp`'s 0600, which
    the hard link in `_place` would carry over to the finished download."""
    flags = (
        os.O_WRONLY
        | os.O_CREAT
        | os.O_EXCL
        | getattr(os, "O_BINARY", 0)
        | getattr(os, "O_NOFOLLOW", 0)
    )
    for _ in range(100):
        temp = directory / f".download-{secrets.token_hex(8)}.part"
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue
    raise DownloadError(f"no free temporary file name in {directory}")


def _check_length(response: httpx.Response, received: int, url: str) -> None:
    expected = response.headers.get("content-length")
    if expected is None or not expected.isdigit():
        return
    # Content-Length counts the bytes on the wire: compressed ones when there is an encoding.
    count = response.num_bytes_downloaded if _encoded(response) else received
    if int(expected) != count:
        raise DownloadError(
            f"download of {_short(url)} is incomplete: {count} of {expected} bytes"
        )


def _download_error(exc: BaseException, url: str) -> ApiError:
    if isinstance(exc, DownloadError):
        return exc
    if isinstance(exc, ApiError):
        return DownloadError(
            f"download of {_short(url)} failed: {exc.message}",
            status_code=exc.status_code,
            body=exc.body,
            request_id=exc.request_id,
            headers=exc.headers,
        )
    return DownloadError(
        f"download of {_short(url)} failed: {type(exc).__name__}: {exc}"
    )

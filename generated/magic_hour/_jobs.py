"""Finishing long-running jobs for `generate()`: wait for a final status, download the outputs.

Waiting is bounded (`timeout`), backs off between polls, and survives transient failures of a
poll (connection errors, 429, 5xx) instead of abandoning the job. Downloads never write
outside the chosen directory whatever the URL or `Content-Disposition` says, never leave a
partial file (bytes go to a temp file that is renamed into place only when complete), and
never overwrite an existing file unless asked.
"""

from __future__ import annotations

import email.message
import logging
import os
import re
import tempfile
import time
import typing
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

__all__ = ["DEFAULT_WAIT_TIMEOUT", "afinish_job", "finish_job"]

P = typing.TypeVar("P", bound=pydantic.BaseModel)
R = typing.TypeVar("R", bound=pydantic.BaseModel)
PathArg = typing.Union[str, "os.PathLike[str]", None]

logger = logging.getLogger(__name__.rsplit(".", 1)[0])

DEFAULT_WAIT_TIMEOUT = 1800.0
"""Seconds `generate()` waits for a job by default; pass `wait_timeout=None` to wait forever."""
_DEFAULT_POLL_INTERVAL = 0.5
_MAX_POLL_INTERVAL = 10.0
_TRANSIENT = (ApiConnectionError, InternalServerError, RateLimitError)
_UNSAFE_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_WINDOWS_RESERVED = re.compile(
    r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE
)
_MAX_NAME = 150
_CHUNK = 64 * 1024


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

    def __init__(
        self,
        status: typing.Callable[[P], object],
        success: typing.Collection[str],
        failure: typing.Collection[str],
        timeout: typing.Optional[float],
        interval_env: typing.Optional[str],
    ) -> None:
        self.status = status
        self.final = set(success) | set(failure)
        self.deadline = None if timeout is None else time.monotonic() + timeout
        self.interval = poll_interval(interval_env)
        self.cap = max(_MAX_POLL_INTERVAL, self.interval)
        self.last: typing.Optional[P] = None

    def done(self, project: P) -> bool:
        self.last = project
        return str(self.status(project)) in self.final

    def next_sleep(self) -> float:
        """Seconds to sleep before the next poll, or `WaitTimeoutError` when out of time."""
        wait = self.interval
        if self.deadline is not None and time.monotonic() + wait > self.deadline:
            state = (
                self.last.model_dump(mode="json", by_alias=True)
                if self.last is not None
                else None
            )
            raise WaitTimeoutError(
                "the job did not finish within the wait timeout", body=state
            )
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


def finish_job(
    core: SyncCore,
    poll: typing.Callable[[], P],
    *,
    status: typing.Callable[[P], object],
    outputs: typing.Optional[typing.Callable[[P], typing.Sequence[str]]],
    success: typing.Collection[str],
    failure: typing.Collection[str],
    result: typing.Type[R],
    wait: bool,
    timeout: typing.Optional[float],
    poll_interval_env: typing.Optional[str],
    download: bool = False,
    directory: PathArg = None,
    overwrite: bool = False,
) -> R:
    """Poll until the job ends (or only once, if not `wait`), then download its outputs."""
    waiter = _Waiter(status, success, failure, timeout, poll_interval_env)
    project = poll()
    while wait and not waiter.done(project):
        time.sleep(waiter.next_sleep())
        try:
            project = poll()
        except _TRANSIENT as exc:
            logger.warning(
                "polling the job failed (%s); will retry", type(exc).__name__
            )
    final = str(status(project))
    if final in failure:
        logger.warning("the job ended with status %r", final)
    if outputs is None:
        return _result(result, project, None)
    paths: typing.List[str] = []
    if download and final in success:
        target = _directory(directory)
        for index, url in enumerate(outputs(project)):
            paths.append(
                str(_download(core, url, target, overwrite, f"output-{index + 1}"))
            )
    return _result(result, project, paths)


async def afinish_job(
    core: AsyncCore,
    poll: typing.Callable[[], typing.Awaitable[P]],
    *,
    status: typing.Callable[[P], object],
    outputs: typing.Optional[typing.Callable[[P], typing.Sequence[str]]],
    success: typing.Collection[str],
    failure: typing.Collection[str],
    result: typing.Type[R],
    wait: bool,
    timeout: typing.Optional[float],
    poll_interval_env: typing.Optional[str],
    download: bool = False,
    directory: PathArg = None,
    overwrite: bool = False,
) -> R:
    """The async twin of `finish_job`."""
    waiter = _Waiter(status, success, failure, timeout, poll_interval_env)
    project = await poll()
    while wait and not waiter.done(project):
        await anyio.sleep(waiter.next_sleep())
        try:
            project = await poll()
        except _TRANSIENT as exc:
            logger.warning(
                "polling the job failed (%s); will retry", type(exc).__name__
            )
    final = str(status(project))
    if final in failure:
        logger.warning("the job ended with status %r", final)
    if outputs is None:
        return _result(result, project, None)
    paths: typing.List[str] = []
    if download and final in success:
        target = _directory(directory)
        for index, url in enumerate(outputs(project)):
            paths.append(
                str(
                    await _adownload(
                        core, url, target, overwrite, f"output-{index + 1}"
                    )
                )
            )
    return _result(result, project, paths)


# --- downloads ---------------------------------------------------------------------------


def _directory(directory: PathArg) -> Path:
    target = Path(directory) if directory is not None else Path.cwd()
    target.mkdir(parents=True, exist_ok=True)
    return target


def safe_file_name(raw: str, fallback: str) -> str:
    """A plain file name from an untrusted one: no directories, no control characters, no
    names Windows reserves, no leading dots (hidden files, `..`), bounded length."""
    name = unquote(raw).replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE_CHARS.sub("_", name).strip(" .")
    if _WINDOWS_RESERVED.match(name):
        name = "_" + name
    if len(name) > _MAX_NAME:
        stem, dot, ext = name.rpartition(".")
        name = (
            (stem[: _MAX_NAME - len(ext) - 1] + "." + ext)
            if dot and len(ext) < 16
            else name[:_MAX_NAME]
        )
    return name or fallback


def _file_name(response: httpx.Response, url: str, fallback: str) -> str:
    disposition = response.headers.get("content-disposition")
    if disposition:
        message = email.message.Message()
        message["content-disposition"] = disposition
        named = message.get_filename()
        if named:
            return safe_file_name(named, fallback)
    return safe_file_name(urlsplit(url).path, fallback)


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
            if candidate.exists():
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
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


def _retryable(exc: BaseException) -> bool:
    return isinstance(exc, (httpx.TransportError, DownloadError, *_TRANSIENT))


def _download(
    core: SyncCore, url: str, directory: Path, overwrite: bool, fallback: str
) -> Path:
    for attempt in range(core.max_retries + 1):
        try:
            with core.http.stream("GET", url, timeout=core.timeout) as response:
                _check_status(response)
                temp = _temp_file(directory)
                try:
                    received = 0
                    with open(temp, "wb") as fh:
                        for chunk in response.iter_bytes(_CHUNK):
                            fh.write(chunk)
                            received += len(chunk)
                    _check_length(response, received, url)
                    placed = _place(
                        temp, directory / _file_name(response, url, fallback), overwrite
                    )
                finally:
                    temp.unlink(missing_ok=True)
            logger.info("downloaded %s to %s", _short(url), placed)
            return placed
        except Exception as exc:
            if not _retryable(exc) or attempt >= core.max_retries:
                raise _download_error(exc, url) from None
            time.sleep(core.delay(attempt, None) or 0.0)
    raise AssertionError("unreachable")


async def _adownload(
    core: AsyncCore, url: str, directory: Path, overwrite: bool, fallback: str
) -> Path:
    for attempt in range(core.max_retries + 1):
        try:
            async with core.http.stream("GET", url, timeout=core.timeout) as response:
                _check_status(response)
                temp = _temp_file(directory)
                try:
                    received = 0
                    async with await anyio.open_file(temp, "wb") as fh:
                        async for chunk in response.aiter_bytes(_CHUNK):
                            await fh.write(chunk)
                            received += len(chunk)
                    _check_length(response, received, url)
                    placed = _place(
                        temp, directory / _file_name(response, url, fallback), overwrite
                    )
                finally:
                    temp.unlink(missing_ok=True)
            logger.info("downloaded %s to %s", _short(url), placed)
            return placed
        except Exception as exc:
            if not _retryable(exc) or attempt >= core.max_retries:
                raise _download_error(exc, url) from None
            await anyio.sleep(core.delay(attempt, None) or 0.0)
    raise AssertionError("unreachable")


def _temp_file(directory: Path) -> Path:
    fd, name = tempfile.mkstemp(dir=directory, prefix=".download-", suffix=".part")
    os.close(fd)
    return Path(name)


def _check_length(response: httpx.Response, received: int, url: str) -> None:
    expected = response.headers.get("content-length")
    if expected is None or not expected.isdigit():
        return
    # Content-Length counts the bytes on the wire: compressed ones when there is an encoding.
    encoded = response.headers.get("content-encoding", "identity").lower() not in (
        "",
        "identity",
    )
    count = response.num_bytes_downloaded if encoded else received
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
        )
    return DownloadError(
        f"download of {_short(url)} failed: {type(exc).__name__}: {exc}"
    )

"""Faults on demand: error statuses, Retry-After, delays, dropped and truncated responses.

Two ways in. A request header, which tests set per call:

    X-Mock-Fault: setting (";" setting)*
    setting := status=<100-599>        answer this status (the spec's example body for it, if any)
             | retry-after=<seconds>   add `Retry-After: <seconds>`
             | retry-after-date[=<seconds>]   the same as an HTTP date that many seconds ahead
             | times=<n>               only the first n requests with this exact header value
             | delay=<seconds>         wait before answering
             | drop                    close the connection without any response
             | truncate                send the full Content-Length but only half the body
             | body=<raw text>         answer with this raw body; takes the rest of the header

And `MockServer.add_fault(...)`, for requests a test cannot decorate (e.g. the SDK's download);
it can also add response headers (`headers={"Content-Disposition": ...}`).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from email.utils import formatdate

HEADER = "x-mock-fault"
MAX_DELAY = 300.0


@dataclass(frozen=True)
class Fault:
    status: int | None = None
    retry_after: float | None = None
    retry_after_date: bool = False
    times: int | None = None
    delay: float = 0.0
    drop: bool = False
    truncate: bool = False
    body: bytes | None = None
    headers: tuple[tuple[str, str], ...] = ()
    """Extra response headers (`add_fault(headers=...)` only), e.g. a `Content-Disposition`."""

    def retry_after_value(self, now: float) -> str | None:
        if self.retry_after is None:
            return None
        if self.retry_after_date:
            return formatdate(now + self.retry_after, usegmt=True)
        seconds = self.retry_after
        return str(int(seconds)) if float(seconds).is_integer() else str(seconds)

    @property
    def answers(self) -> bool:
        """Whether the fault replaces the real response (as opposed to delaying or mangling it)."""
        return self.status is not None or self.body is not None


def parse(text: str) -> Fault:
    """Read an `X-Mock-Fault` header; a ValueError names the setting it cannot read."""
    status: int | None = None
    retry_after: float | None = None
    retry_after_date = drop = truncate = False
    times: int | None = None
    delay = 0.0
    body: bytes | None = None
    rest = text
    while rest.strip():
        if rest.lstrip().startswith("body="):
            body = rest.lstrip()[len("body=") :].encode("utf-8")
            break
        item, _, rest = rest.partition(";")
        name, has_value, value = (part.strip() for part in item.partition("="))
        if not name:
            continue
        if name not in _SETTINGS:
            raise ValueError(f"X-Mock-Fault: unknown setting {item.strip()!r}")
        try:
            if name in ("drop", "truncate"):
                if has_value:
                    raise ValueError
                drop, truncate = drop or name == "drop", truncate or name == "truncate"
            elif name == "retry-after-date":
                retry_after_date = True
                retry_after = _seconds(value) if has_value else retry_after
            elif not has_value:
                raise ValueError
            elif name == "status":
                status = _whole(value, 100, 599)
            elif name == "retry-after":
                retry_after = _seconds(value)
            elif name == "times":
                times = _whole(value, 1, 1_000_000)
            else:
                delay = _seconds(value)
        except ValueError:
            raise ValueError(f"X-Mock-Fault: bad value in {item.strip()!r}") from None
    if retry_after_date and retry_after is None:
        retry_after = 1.0
    return Fault(status, retry_after, retry_after_date, times, delay, drop, truncate, body)


_SETTINGS = {"status", "retry-after", "retry-after-date", "times", "delay", "drop", "truncate"}


def _whole(text: str, low: int, high: int) -> int:
    number = int(text)
    if not low <= number <= high:
        raise ValueError
    return number


def _seconds(text: str) -> float:
    seconds = float(text)
    if not 0 <= seconds <= MAX_DELAY:
        raise ValueError
    return seconds


@dataclass
class _Rule:
    method: str
    pattern: re.Pattern[str]
    fault: Fault
    used: int = 0


class Faults:
    """Programmatic faults and the per-header-value counters behind `times=`; thread-safe."""

    def __init__(self) -> None:
        self._rules: list[_Rule] = []
        self._seen: dict[str, int] = {}
        self._lock = threading.Lock()

    def add(self, method: str, path: str, fault: Fault) -> None:
        with self._lock:
            self._rules.append(_Rule(method.upper(), compile_path(path), fault))

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def reset(self) -> None:
        with self._lock:
            self._rules.clear()
            self._seen.clear()

    def pick(self, method: str, paths: tuple[str, ...], header: str | None) -> Fault | None:
        """The fault this request gets, counting it against `times`; a bad header raises ValueError."""
        with self._lock:
            if header is not None:
                fault = parse(header)
                seen = self._seen[header] = self._seen.get(header, 0) + 1
                if fault.times is None or seen <= fault.times:
                    return fault
            for rule in self._rules:
                if rule.method not in ("*", method) or not any(rule.pattern.fullmatch(p) for p in paths):
                    continue
                if rule.fault.times is not None and rule.used >= rule.fault.times:
                    continue
                rule.used += 1
                return rule.fault
        return None


def compile_path(pattern: str) -> re.Pattern[str]:
    """A path template (`/v1/items/{id}`) or glob (`/_mock/files/*`) as a regex."""
    out = []
    for piece in re.split(r"(\{[^{}/]+\}|\*|\?)", pattern):
        if piece == "*":
            out.append(".*")
        elif piece == "?":
            out.append(".")
        elif piece.startswith("{") and piece.endswith("}"):
            out.append("[^/]+")
        else:
            out.append(re.escape(piece))
    return re.compile("".join(out))

"""Words and identifiers: splitting any spec string into ASCII words, casing them, and making
them safe (keywords, reserved names, digits first) and unique (`Registry`)."""

from __future__ import annotations

import functools
import hashlib
import keyword
import re
import unicodedata
from typing import Iterable

# Word boundaries inside an alphanumeric run: aB, 1B (camel case) and ABc (end of an acronym).
# Digits never split a word: `v1`, `640px` and `http2` stay whole.
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SEPARATORS = re.compile(r"[^0-9A-Za-z\u0080-\U0010ffff]+")
# Fixed, not `keyword.softkwlist`: that list grows with Python (3.12 added `type`), and the
# names must not depend on the Python that runs the generator.
_SOFT_KEYWORDS = {"_", "case", "match"}
_WINDOWS_DEVICE = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])$", re.IGNORECASE)
_MAX_FILE_NAME = 64


def words(text: str) -> list[str]:
    """Split any spec string into lowercase ASCII words: `aiImage-generator.v2` -> ai image generator v2."""
    return list(_words(text))


@functools.lru_cache(maxsize=1 << 16)  # naming asks for the same few thousand strings many times
def _words(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for chunk in _SEPARATORS.split(text):
        if not chunk:
            continue
        # A chunk is letters and digits: one in ASCII is already what _ascii() would make it.
        for part in [chunk] if chunk.isascii() else _ascii(chunk).split():
            out.extend(w.lower() for w in _CAMEL.sub(" ", part).split())
    return tuple(out)


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    result = []
    for ch in decomposed:
        if ch.isascii():
            if ch.isalnum():
                result.append(ch)
            else:
                result.append(" ")
        elif unicodedata.combining(ch):
            continue
        else:
            result.append(f" u{ord(ch):x} ")
    return "".join(result)


def pascal(parts: Iterable[str]) -> str:
    return "".join(w[:1].upper() + w[1:] for p in parts for w in words(p))


def snake(parts: Iterable[str]) -> str:
    return "_".join(w for p in parts for w in words(p))


def safe(name: str, reserved: set[str], prefix: str) -> str:
    """`name`, or `prefix` when it is empty; prefixed when it starts with a digit; with a trailing
    underscore when it is a keyword or reserved."""
    if not name:
        name = prefix
    elif name[0].isdigit():
        name = f"{prefix}_{name}" if prefix.islower() else f"{prefix}{name}"
    if keyword.iskeyword(name) or name in _SOFT_KEYWORDS or name in reserved:
        name += "_"
    return name


def is_plain_key(wire: str) -> bool:
    """Whether a wire name can be written as is in a class body (a `TypedDict` key): an
    identifier that is not a keyword, that Python does not mangle (`__x`) and that NFKC
    normalization leaves alone (`ﬁeld` would silently become `field`)."""
    return (
        wire.isidentifier()
        and not keyword.iskeyword(wire)
        and not (wire.startswith("__") and not wire.endswith("__"))
        and unicodedata.normalize("NFKC", wire) == wire
    )


class Registry:
    """Hands out unique names within one namespace."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self._taken = set(taken)
        self._lower = {t.lower() for t in self._taken}

    def claim(
        self, name: str, fold_case: bool = False, avoid: frozenset[str] | set[str] = frozenset()
    ) -> str:
        candidate, n = name, 1
        while (
            candidate in self._taken or candidate in avoid or (fold_case and candidate.lower() in self._lower)
        ):
            n += 1
            candidate = f"{name}{n}"
        self._taken.add(candidate)
        self._lower.add(candidate.lower())
        return candidate


def attribute_name(wire: str, reserved: set[str], taken: Registry) -> str:
    return taken.claim(safe(snake([wire]), reserved, "field"))


def file_name(name: str) -> str:
    """A module name that is also a portable file name: not too long, not a Windows device
    name (`con`, `nul`, `com1`...), not a keyword. Long names keep a hash of the whole name."""
    if len(name) > _MAX_FILE_NAME:
        digest = hashlib.sha256(name.encode("ascii")).hexdigest()[:8]
        name = name[: _MAX_FILE_NAME - 9].rstrip("_") + "_" + digest
    if _WINDOWS_DEVICE.match(name) or keyword.iskeyword(name):
        name += "_"
    return name

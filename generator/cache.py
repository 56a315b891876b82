"""A small content-addressed cache on disk (black output, validator verdicts).

Entries are keyed by a hash of everything that determines them, so a stale entry can never be
served: a different input, tool version or setting is a different key. Writes are atomic
(temp file + rename), so concurrent runs and killed runs never leave a torn entry. Set
`SDKGEN_CACHE_DIR` to move it, `SDKGEN_NO_CACHE=1` to turn it off.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any


def directory() -> Path | None:
    """Where the caches of inputs' results live (black's output, validator verdicts...)."""
    if os.environ.get("SDKGEN_NO_CACHE"):
        return None
    configured = os.environ.get("SDKGEN_CACHE_DIR")
    if configured:
        return Path(configured)
    return user_directory()


def user_directory() -> Path | None:
    """The user's own cache directory for sdkgen (`~/.cache/sdkgen`, or under
    `$XDG_CACHE_HOME`), whatever `SDKGEN_CACHE_DIR` says: for what depends on the installed
    generator alone, not on any input (compiled templates), like Python's own bytecode."""
    if os.environ.get("SDKGEN_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "sdkgen"


def digest(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


def _path(kind: str, key: str) -> Path | None:
    root = directory()
    return None if root is None else root / kind / key[:2] / key


def get_text(kind: str, key: str) -> str | None:
    path = _path(kind, key)
    if path is None:
        return None
    try:
        return path.read_bytes().decode("utf-8", "surrogatepass")
    except (OSError, UnicodeDecodeError):
        return None


def put_text(kind: str, key: str, text: str) -> None:
    path = _path(kind, key)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8", "surrogatepass"))
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written is only slower


def get_json(kind: str, key: str) -> Any:
    text = get_text(kind, key)
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def put_json(kind: str, key: str, value: Any) -> None:
    put_text(kind, key, json.dumps(value))

from __future__ import annotations

import typing_extensions

from ..._types import JsonValue


class Unshare(typing_extensions.TypedDict):
    """Requires `level`, which it does not describe: requests must send it (any value), responses may omit it."""

    user: str
    level: JsonValue
    """`level` is required by the schema, which does not describe it."""

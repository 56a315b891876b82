from __future__ import annotations

import typing_extensions


class Limit(typing_extensions.TypedDict):
    """Closed model (no extra fields)."""

    max: int

from __future__ import annotations

import typing_extensions


class Stamp(typing_extensions.TypedDict):
    """The `Stamp` schema."""

from __future__ import annotations

import typing_extensions


class StyledGetD(typing_extensions.TypedDict):
    """The `d` path parameter."""

    lat: float
    lon: float

from __future__ import annotations

import typing_extensions


class WidgetsCreateBodyConfig(typing_extensions.TypedDict):
    """`config` in the request body of `POST /widgets`."""

    size: typing_extensions.NotRequired[int]

from __future__ import annotations

import typing_extensions


class ReportsGetXPage(typing_extensions.TypedDict):
    """The `X-Page` header parameter."""

    size: typing_extensions.NotRequired[int]
    after: typing_extensions.NotRequired[str]

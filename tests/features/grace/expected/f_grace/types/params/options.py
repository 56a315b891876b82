from __future__ import annotations

import typing_extensions


class Options(typing_extensions.TypedDict):
    """The `Options` schema."""

    colour: typing_extensions.NotRequired[str]
    legacy_mode: typing_extensions.NotRequired[str]
    """`legacy_mode` in the `Options` schema.

    Deprecated."""

from __future__ import annotations

import typing_extensions


class Ruleset(typing_extensions.TypedDict):
    """Its `id` is the shared id type made read-only by an `allOf` member."""

    name: str

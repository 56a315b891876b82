from __future__ import annotations

import typing_extensions


class User(typing_extensions.TypedDict):
    """The `User` schema."""

    email: str
    password: str

from __future__ import annotations

import typing

import typing_extensions

from .point import Point

Value: typing_extensions.TypeAlias = typing.Union[str, int, Point]
"""The `Value` schema."""

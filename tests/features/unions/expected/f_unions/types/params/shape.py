from __future__ import annotations

import typing

import typing_extensions

from .circle import Circle
from .square import Square

Shape: typing_extensions.TypeAlias = typing.Union[Circle, Square]
"""The `Shape` schema."""

from __future__ import annotations

import typing

import pydantic
import typing_extensions

from ..._models import discriminator
from .circle import Circle
from .square import Square

Shape: typing_extensions.TypeAlias = typing_extensions.Annotated[
    typing.Union[
        typing_extensions.Annotated[Circle, pydantic.Tag("Circle")],
        typing_extensions.Annotated[Square, pydantic.Tag("Square")],
    ],
    discriminator("kind", {"circle": "Circle", "square": "Square"}),
]
"""The `Shape` schema."""

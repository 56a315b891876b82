from __future__ import annotations

import typing

import pydantic
import typing_extensions

from ..._models import discriminator
from .cat import Cat
from .dog import Dog

Pet: typing_extensions.TypeAlias = typing_extensions.Annotated[
    typing.Union[
        typing_extensions.Annotated[Cat, pydantic.Tag("Cat")],
        typing_extensions.Annotated[Dog, pydantic.Tag("Dog")],
    ],
    discriminator("petType", {"Cat": "Cat", "Dog": "Dog"}),
]
"""The `Pet` schema."""

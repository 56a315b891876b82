from __future__ import annotations

import typing

from ..._models import BaseModel
from .tag import Tag


class Pet(BaseModel):
    """An animal that names its breed or its species (a choice the model does not check)."""

    name: str
    age: typing.Optional[int] = None
    tag: Tag
    """A nullable string narrowed to a non-null one by a second member."""

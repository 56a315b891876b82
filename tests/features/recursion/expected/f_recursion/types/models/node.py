from __future__ import annotations

import typing

from ..._models import BaseModel


class Node(BaseModel):
    """A tree node with children of its own type."""

    name: str
    children: typing.Optional[typing.List[Node]] = None
    parent: typing.Optional[Node] = None
    """A tree node with children of its own type."""

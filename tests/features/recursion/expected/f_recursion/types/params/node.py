from __future__ import annotations

import typing

import typing_extensions


class Node(typing_extensions.TypedDict):
    """A tree node with children of its own type."""

    name: str
    children: typing_extensions.NotRequired[typing.Sequence[Node]]
    parent: typing_extensions.NotRequired[Node]
    """A tree node with children of its own type."""

from __future__ import annotations

import datetime
import typing

import typing_extensions

from .meta import Meta


class Event(typing_extensions.TypedDict):
    """The `Event` schema."""

    kind: typing.Literal["event"]
    version: typing.Literal[2]
    title: typing.Optional[str]
    count: typing.Optional[int]
    when: typing.Optional[typing.Union[datetime.datetime, str]]
    meta: typing.Optional[Meta]
    either: typing_extensions.NotRequired[typing.Union[str, int]]

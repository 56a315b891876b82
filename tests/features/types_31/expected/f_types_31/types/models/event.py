from __future__ import annotations

import datetime
import typing

from ..._models import BaseModel
from .meta import Meta


class Event(BaseModel):
    """The `Event` schema."""

    kind: typing.Literal["event"]
    version: typing.Literal[2]
    title: typing.Optional[str]
    count: typing.Optional[int]
    when: typing.Optional[datetime.datetime]
    meta: typing.Optional[Meta]
    either: typing.Optional[typing.Union[str, int]] = None

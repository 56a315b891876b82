from __future__ import annotations

import datetime
import typing
import uuid

import pydantic

from ..._models import BaseModel
from ..enums.record_mode_enum import RecordModeEnum


class Record(BaseModel):
    """The `Record` schema."""

    id: uuid.UUID
    at: datetime.datetime
    day: datetime.date
    blob: pydantic.Base64Bytes
    """Base64 on the wire."""

    ratio: typing.Optional[float] = 0.5
    enabled: typing.Optional[bool] = True
    mode: typing.Optional[RecordModeEnum] = RecordModeEnum.SLOW
    """`mode` in the `Record` schema."""

    name: typing.Optional[str] = "unnamed"
    tags: typing.Optional[typing.List[str]] = None

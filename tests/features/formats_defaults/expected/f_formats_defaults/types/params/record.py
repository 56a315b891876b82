from __future__ import annotations

import datetime
import typing
import uuid

import typing_extensions

from ..enums.record_mode_enum import RecordModeEnum, RecordModeEnumLiteral


class Record(typing_extensions.TypedDict):
    """The `Record` schema."""

    id: typing.Union[uuid.UUID, str]
    at: typing.Union[datetime.datetime, str]
    day: typing.Union[datetime.date, str]
    blob: bytes
    """Base64 on the wire."""

    ratio: typing_extensions.NotRequired[float]
    enabled: typing_extensions.NotRequired[bool]
    mode: typing_extensions.NotRequired[
        typing.Union[RecordModeEnum, RecordModeEnumLiteral]
    ]
    """`mode` in the `Record` schema."""

    name: typing_extensions.NotRequired[str]
    tags: typing_extensions.NotRequired[typing.Sequence[str]]

from __future__ import annotations

import typing

import typing_extensions

from ..._types import FileContent


class UploadsCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /uploads`."""

    file: FileContent
    thumbnails: typing_extensions.NotRequired[typing.Sequence[FileContent]]
    title: str
    tags: typing_extensions.NotRequired[typing.Sequence[str]]
    size: typing_extensions.NotRequired[int]

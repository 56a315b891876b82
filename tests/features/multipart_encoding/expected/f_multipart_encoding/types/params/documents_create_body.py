from __future__ import annotations

import typing

import typing_extensions

from ..._types import FileContent
from .documents_create_body_filter import DocumentsCreateBodyFilter
from .label import Label
from .meta import Meta


class DocumentsCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /documents`."""

    file: FileContent
    meta: Meta
    labels: typing_extensions.NotRequired[typing.Sequence[Label]]
    note: typing_extensions.NotRequired[str]
    count: typing_extensions.NotRequired[int]
    tags: typing_extensions.NotRequired[typing.Sequence[str]]
    filter: typing_extensions.NotRequired[DocumentsCreateBodyFilter]
    signature: typing_extensions.NotRequired[str]

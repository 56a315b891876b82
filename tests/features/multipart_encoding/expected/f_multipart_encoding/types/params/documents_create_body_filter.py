from __future__ import annotations

import typing_extensions


class DocumentsCreateBodyFilter(typing_extensions.TypedDict):
    """`filter` in the request body of `POST /documents`."""

    kind: typing_extensions.NotRequired[str]
    size: typing_extensions.NotRequired[int]

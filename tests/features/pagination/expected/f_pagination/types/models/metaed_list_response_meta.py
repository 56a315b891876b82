from __future__ import annotations

import typing

from ..._models import BaseModel


class MetaedListResponseMeta(BaseModel):
    """`meta` in the response of `GET /metaed` (A page.)."""

    page_size: typing.Optional[int] = None
    next_page_url: typing.Optional[str] = None

from __future__ import annotations

import typing

from ..._models import BaseModel
from .item import Item
from .metaed_list_response_meta import MetaedListResponseMeta


class MetaedListResponse(BaseModel):
    """The response of `GET /metaed` (A page.)."""

    things: typing.List[Item]
    meta: typing.Optional[MetaedListResponseMeta] = None

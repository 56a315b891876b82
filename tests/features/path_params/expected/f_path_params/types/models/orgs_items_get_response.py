from __future__ import annotations

import typing

from ..._models import BaseModel


class OrgsItemsGetResponse(BaseModel):
    """The response of `GET /orgs/{org}/items/{itemId}` (OK)."""

    ok: typing.Optional[bool] = None

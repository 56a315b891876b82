from __future__ import annotations

import typing

from ..._models import BaseModel


class BillingAccountsListAccountsResponse(BaseModel):
    """The response of `GET /v1/accounts` (OK)."""

    ok: typing.Optional[bool] = None

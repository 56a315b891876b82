from __future__ import annotations

import typing

from ..._models import BaseModel


class OrgsReposListResponseItem(BaseModel):
    """An item of the response of `GET /orgs/{org}/repos` (Repositories)."""

    name: typing.Optional[str] = None

from __future__ import annotations

import typing

from ..._models import BaseModel


class OrgsReposGetResponse(BaseModel):
    """The response of `GET /orgs/{org}/repos/{repo}` (The repository)."""

    name: str
    stars: typing.Optional[int] = None

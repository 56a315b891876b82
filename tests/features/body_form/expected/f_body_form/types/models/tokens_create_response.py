from __future__ import annotations

from ..._models import BaseModel


class TokensCreateResponse(BaseModel):
    """The response of `POST /tokens` (A token.)."""

    access_token: str

from __future__ import annotations

from ..._models import BaseModel


class Unshare(BaseModel):
    """Requires `level`, which it does not describe: requests must send it (any value), responses may omit it."""

    user: str

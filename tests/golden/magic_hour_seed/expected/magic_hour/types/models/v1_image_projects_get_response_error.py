from __future__ import annotations

from ..._models import BaseModel


class V1ImageProjectsGetResponseError(BaseModel):
    """Why generation failed; null unless `status` is `error`."""

    message: str
    """A human-readable reason."""

    code: str
    """A stable, machine-readable reason."""

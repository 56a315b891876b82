from __future__ import annotations

from ..._models import BaseModel
from ..enums.renders_create_response_state_enum import RendersCreateResponseStateEnum


class RendersCreateResponse(BaseModel):
    """The response of `POST /renders` (The render)."""

    id: str
    state: RendersCreateResponseStateEnum
    """`state` in the response of `POST /renders` (The render)."""

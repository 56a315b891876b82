from __future__ import annotations

import datetime
import typing

import pydantic

from ..._models import BaseModel


class ProfilesUpdateResponse(BaseModel):
    """The response of `PUT /profiles` (The profile)."""

    name: str
    nickname: typing.Optional[str]
    bio: typing.Optional[str] = None
    website: typing.Optional[str] = None
    updated_at: datetime.datetime
    class_: typing.Optional[str] = pydantic.Field(default=None, alias="class")
    model_config_: typing.Optional[str] = pydantic.Field(
        default=None, alias="model_config"
    )
    """Shadows a pydantic attribute."""

from __future__ import annotations

import datetime
import typing

from ..._models import BaseModel
from ..enums.v1_audio_projects_get_response_status_enum import (
    V1AudioProjectsGetResponseStatusEnum,
)
from .v1_audio_projects_get_response_downloads_item import (
    V1AudioProjectsGetResponseDownloadsItem,
)
from .v1_audio_projects_get_response_error import V1AudioProjectsGetResponseError


class V1AudioProjectsGetResponse(BaseModel):
    """Success"""

    id: str
    """Unique ID of the audio. Use it with the [Get audio Project API](https://docs.magichour.ai/api-reference/audio-projects/get-audio-details) to fetch status and downloads."""

    name: typing.Optional[str]
    """The name of the audio."""

    status: V1AudioProjectsGetResponseStatusEnum
    """The status of the audio."""

    type: str
    """The type of the audio project. Possible values are VOICE_GENERATOR, VOICE_CHANGER, VOICE_CLONER, VIDEO_TO_AUDIO, MUSIC_GENERATOR"""

    created_at: datetime.datetime
    enabled: bool
    """Whether this resource is active. If false, it is deleted."""

    credits_charged: int
    """The amount of credits deducted from your account to generate the audio. We charge credits right when the request is made.

    If an error occurred while generating the audio, credits will be refunded and this field will be updated to include the refund.
    """

    downloads: typing.List[V1AudioProjectsGetResponseDownloadsItem]
    error: typing.Optional[V1AudioProjectsGetResponseError]
    """In the case of an error, this object will contain the error encountered during video render"""

from __future__ import annotations

from ..._models import BaseModel


class V1AiVoiceGeneratorCreateResponse(BaseModel):
    """Success"""

    id: str
    """Unique ID of the audio. Use it with the [Get audio Project API](https://docs.magichour.ai/api-reference/audio-projects/get-audio-details) to fetch status and downloads."""

    credits_charged: int
    """The amount of credits deducted from your account to generate the audio. We charge credits right when the request is made.

    If an error occurred while generating the audio, credits will be refunded and this field will be updated to include the refund.
    """

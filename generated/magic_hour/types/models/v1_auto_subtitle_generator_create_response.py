from __future__ import annotations

from ..._models import BaseModel


class V1AutoSubtitleGeneratorCreateResponse(BaseModel):
    """Success"""

    id: str
    """Unique ID of the video. Use it with the [Get video Project API](https://docs.magichour.ai/api-reference/video-projects/get-video-details) to fetch status and downloads."""

    credits_charged: int
    """The amount of credits deducted from your account to generate the video. If the status is not 'complete', this value is an estimate and may be adjusted upon completion based on the actual FPS of the output video.

    If video generation fails, credits will be refunded, and this field will be updated to include the refund.
    """

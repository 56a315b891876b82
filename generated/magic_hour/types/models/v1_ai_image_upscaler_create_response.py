from __future__ import annotations

from ..._models import BaseModel


class V1AiImageUpscalerCreateResponse(BaseModel):
    """Success"""

    id: str
    """Unique ID of the image. Use it with the [Get image Project API](https://docs.magichour.ai/api-reference/image-projects/get-image-details) to fetch status and downloads."""

    credits_charged: int
    """The amount of credits deducted from your account to generate the image. We charge credits right when the request is made.

    If an error occurred while generating the image(s), credits will be refunded and this field will be updated to include the refund.
    """

from __future__ import annotations

from ..._models import BaseModel


class V1FaceDetectionCreateResponse(BaseModel):
    """The response of `POST /v1/face-detection` (200)."""

    id: str
    """The id of the task. Use this value in the [get face detection details API](https://docs.magichour.ai/api-reference/files/get-face-detection-details) to get the details of the face detection task."""

    credits_charged: int
    """The credits charged for the task."""

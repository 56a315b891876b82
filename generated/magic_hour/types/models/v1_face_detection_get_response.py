from __future__ import annotations

import typing

from ..._models import BaseModel
from ..enums.v1_face_detection_get_response_status_enum import (
    V1FaceDetectionGetResponseStatusEnum,
)
from .v1_face_detection_get_response_faces_item import (
    V1FaceDetectionGetResponseFacesItem,
)


class V1FaceDetectionGetResponse(BaseModel):
    """The response of `GET /v1/face-detection/{id}` (200)."""

    id: str
    """The id of the task. This value is returned by the [face detection API](https://docs.magichour.ai/api-reference/files/face-detection#response-id)."""

    credits_charged: int
    """The credits charged for the task."""

    status: V1FaceDetectionGetResponseStatusEnum
    """The status of the detection."""

    faces: typing.List[V1FaceDetectionGetResponseFacesItem]
    """The faces detected in the image or video. The list is populated as faces are detected."""

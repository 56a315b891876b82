from __future__ import annotations

from ..._models import BaseModel


class V1FaceDetectionGetResponseFacesItem(BaseModel):
    """An item of `faces` in the response of `GET /v1/face-detection/{id}` (200)."""

    path: str
    """The path to the face image. This should be used in face swap photo/video API calls as `.assets.face_mappings.original_face`"""

    url: str
    """The url to the face image. This is used to render the image in your applications."""

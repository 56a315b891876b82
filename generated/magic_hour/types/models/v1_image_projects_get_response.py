from __future__ import annotations

import datetime
import typing

from ..._models import BaseModel
from ..enums.v1_image_projects_get_response_status_enum import (
    V1ImageProjectsGetResponseStatusEnum,
)
from .v1_image_projects_get_response_downloads_item import (
    V1ImageProjectsGetResponseDownloadsItem,
)
from .v1_image_projects_get_response_error import V1ImageProjectsGetResponseError


class V1ImageProjectsGetResponse(BaseModel):
    """Success"""

    id: str
    """Unique ID of the image. Use it with the [Get image Project API](https://docs.magichour.ai/api-reference/image-projects/get-image-details) to fetch status and downloads."""

    name: typing.Optional[str]
    """The name of the image."""

    status: V1ImageProjectsGetResponseStatusEnum
    """The status of the image."""

    image_count: int
    """Number of images generated"""

    type: str
    """The type of the image project. Possible values are FACE_EDITOR, AI_IMAGE_EDITOR, AI_SELFIE, AI_HEADSHOT, AI_IMAGE, AI_MEME, CLOTHES_CHANGER, BACKGROUND_REMOVER, FACE_SWAP, IMAGE_UPSCALER, AI_GIF, QR_CODE, PHOTO_EDITOR, PHOTO_COLORIZER, HEAD_SWAP, BODY_SWAP, STORYBOARD, IMAGE_EXPANDER"""

    created_at: datetime.datetime
    enabled: bool
    """Whether this resource is active. If false, it is deleted."""

    credits_charged: int
    """The amount of credits deducted from your account to generate the image. We charge credits right when the request is made.

    If an error occurred while generating the image(s), credits will be refunded and this field will be updated to include the refund.
    """

    downloads: typing.List[V1ImageProjectsGetResponseDownloadsItem]
    error: typing.Optional[V1ImageProjectsGetResponseError]
    """In the case of an error, this object will contain the error encountered during video render"""

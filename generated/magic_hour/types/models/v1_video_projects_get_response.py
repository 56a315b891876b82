from __future__ import annotations

import datetime
import typing

from ..._models import BaseModel
from ..enums.v1_video_projects_get_response_status_enum import (
    V1VideoProjectsGetResponseStatusEnum,
)
from .v1_video_projects_get_response_downloads_item import (
    V1VideoProjectsGetResponseDownloadsItem,
)
from .v1_video_projects_get_response_error import V1VideoProjectsGetResponseError


class V1VideoProjectsGetResponse(BaseModel):
    """Success"""

    id: str
    """Unique ID of the video. Use it with the [Get video Project API](https://docs.magichour.ai/api-reference/video-projects/get-video-details) to fetch status and downloads."""

    name: typing.Optional[str]
    """The name of the video."""

    status: V1VideoProjectsGetResponseStatusEnum
    """The status of the video."""

    type: str
    """The type of the video project. Possible values are ANIMATION, AUTO_SUBTITLE, VIDEO_TO_VIDEO, FACE_SWAP, TEXT_TO_VIDEO, IMAGE_TO_VIDEO, LIP_SYNC, TALKING_PHOTO, VIDEO_UPSCALER, EXTEND, AUDIO_TO_VIDEO, VIDEO_EXPANDER, UGC_AD"""

    created_at: datetime.datetime
    width: int
    """The width of the final output video. A value of -1 indicates the width can be ignored."""

    height: int
    """The height of the final output video. A value of -1 indicates the height can be ignored."""

    enabled: bool
    """Whether this resource is active. If false, it is deleted."""

    start_seconds: float
    """Start time of your clip (seconds). Must be ≥ 0."""

    end_seconds: float
    """End time of your clip (seconds). Must be greater than start_seconds."""

    credits_charged: int
    """The amount of credits deducted from your account to generate the video. If the status is not 'complete', this value is an estimate and may be adjusted upon completion based on the actual FPS of the output video.

    If video generation fails, credits will be refunded, and this field will be updated to include the refund.
    """

    fps: float
    """Frame rate of the video. If the status is not 'complete', the frame rate is an estimate and will be adjusted when the video completes."""

    error: typing.Optional[V1VideoProjectsGetResponseError]
    """In the case of an error, this object will contain the error encountered during video render"""

    downloads: typing.List[V1VideoProjectsGetResponseDownloadsItem]

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
    """The response of `GET /v1/image-projects/{id}` (The image project)."""

    id: str
    """Id of the image project."""

    name: typing.Optional[str]
    """The name given to the project, if any."""

    status: V1ImageProjectsGetResponseStatusEnum
    """Where the project is in its lifecycle."""

    image_count: int
    """How many images the project produces."""

    type: str
    """The tool that created the project, in upper snake case (for example `AI_IMAGE` for the AI Image Generator)."""

    created_at: datetime.datetime
    """When the project was created."""

    enabled: bool
    """False once the project has been deleted."""

    credits_charged: int
    """Credits taken for the project. They are taken when it is created and given back if it fails, in which case this number goes down."""

    downloads: typing.List[V1ImageProjectsGetResponseDownloadsItem]
    """One entry per output file; empty until the project is complete."""

    error: typing.Optional[V1ImageProjectsGetResponseError]
    """Why generation failed; null unless `status` is `error`."""

from ..._models import StrEnum


class V1VideoProjectsGetResponseStatusEnum(StrEnum):
    """The status of the video."""

    DRAFT = "draft"
    QUEUED = "queued"
    RENDERING = "rendering"
    COMPLETE = "complete"
    ERROR = "error"
    CANCELED = "canceled"

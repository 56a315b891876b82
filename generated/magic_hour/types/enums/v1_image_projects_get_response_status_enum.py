from ..._models import StrEnum


class V1ImageProjectsGetResponseStatusEnum(StrEnum):
    """The status of the image."""

    DRAFT = "draft"
    QUEUED = "queued"
    RENDERING = "rendering"
    COMPLETE = "complete"
    ERROR = "error"
    CANCELED = "canceled"

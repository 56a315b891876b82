from ..._models import StrEnum


class V1ImageProjectsGetResponseStatusEnum(StrEnum):
    """Where the project is in its lifecycle."""

    DRAFT = "draft"
    QUEUED = "queued"
    RENDERING = "rendering"
    COMPLETE = "complete"
    ERROR = "error"
    CANCELED = "canceled"

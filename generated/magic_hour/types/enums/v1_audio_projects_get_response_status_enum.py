from ..._models import StrEnum


class V1AudioProjectsGetResponseStatusEnum(StrEnum):
    """The status of the audio."""

    DRAFT = "draft"
    QUEUED = "queued"
    RENDERING = "rendering"
    COMPLETE = "complete"
    ERROR = "error"
    CANCELED = "canceled"

from ..._models import StrEnum


class V1FaceDetectionGetResponseStatusEnum(StrEnum):
    """The status of the detection."""

    QUEUED = "queued"
    RENDERING = "rendering"
    COMPLETE = "complete"
    ERROR = "error"

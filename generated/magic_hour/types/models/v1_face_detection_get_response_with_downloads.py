import typing

from .v1_face_detection_get_response import V1FaceDetectionGetResponse


class V1FaceDetectionGetResponseWithDownloads(V1FaceDetectionGetResponse):
    """A `V1FaceDetectionGetResponse` plus the files `generate()` downloaded."""

    downloaded_paths: typing.List[str] = []
    """Where each output was saved, in the order of the outputs; empty when nothing was downloaded."""

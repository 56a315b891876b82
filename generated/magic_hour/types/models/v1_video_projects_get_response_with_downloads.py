import typing

from .v1_video_projects_get_response import V1VideoProjectsGetResponse


class V1VideoProjectsGetResponseWithDownloads(V1VideoProjectsGetResponse):
    """A `V1VideoProjectsGetResponse` plus the files `generate()` downloaded."""

    downloaded_paths: typing.List[str] = []
    """Where each output was saved, in the order of the outputs; empty when nothing was downloaded."""

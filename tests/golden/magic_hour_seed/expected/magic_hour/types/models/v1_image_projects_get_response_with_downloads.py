import typing

from .v1_image_projects_get_response import V1ImageProjectsGetResponse


class V1ImageProjectsGetResponseWithDownloads(V1ImageProjectsGetResponse):
    """A `V1ImageProjectsGetResponse` plus the files `generate()` downloaded."""

    downloaded_paths: typing.List[str] = []
    """Where each output was saved, in the order of the outputs; empty when nothing was downloaded."""

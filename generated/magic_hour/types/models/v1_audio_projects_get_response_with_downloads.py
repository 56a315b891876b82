import typing

from .v1_audio_projects_get_response import V1AudioProjectsGetResponse


class V1AudioProjectsGetResponseWithDownloads(V1AudioProjectsGetResponse):
    """A `V1AudioProjectsGetResponse` plus the files `generate()` downloaded."""

    downloaded_paths: typing.List[str] = []
    """Where each output was saved, in the order of the outputs; empty when nothing was downloaded."""

from __future__ import annotations

import typing_extensions


class V1BodySwapCreateBodyAssets(typing_extensions.TypedDict):
    """Person image and scene image for body swap"""

    person_file_path: str
    """Image of the person to place into the scene. This value is either
    - a direct URL to the video file
    - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls).

    See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file) for details.
    """

    scene_file_path: str
    """Target scene image (background). This value is either
    - a direct URL to the video file
    - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls).

    See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file) for details.
    """

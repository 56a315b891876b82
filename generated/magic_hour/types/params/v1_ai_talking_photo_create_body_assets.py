from __future__ import annotations

import typing_extensions


class V1AiTalkingPhotoCreateBodyAssets(typing_extensions.TypedDict):
    """Provide the assets for creating a talking photo"""

    image_file_path: str
    """The source image to animate. This value is either
    - a direct URL to the video file
    - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls).

    See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file) for details.
    """

    audio_file_path: str
    """The audio file to sync with the image. This value is either
    - a direct URL to the video file
    - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls).

    See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file) for details.
    """

from __future__ import annotations

import typing_extensions


class V1PhotoColorizerCreateBodyAssets(typing_extensions.TypedDict):
    """Provide the assets for photo colorization"""

    image_file_path: str
    """The image used to generate the colorized image. This value is either
    - a direct URL to the video file
    - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls).

    See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file) for details.
    """

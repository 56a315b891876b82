from __future__ import annotations

import typing

import typing_extensions


class V1AiImageEditorCreateBodyAssets(typing_extensions.TypedDict):
    """Provide the assets for image edit"""

    image_file_paths: typing_extensions.NotRequired[typing.Sequence[str]]
    """The image(s) used in the edit, maximum of 10 images. This value is either
    - a direct URL to the video file
    - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls).

    See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file) for details.
    """

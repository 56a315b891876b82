from __future__ import annotations

import typing_extensions


class V1AutoSubtitleGeneratorCreateBodyAssets(typing_extensions.TypedDict):
    """Provide the assets for auto subtitle generator"""

    video_file_path: str
    """This is the video used to add subtitles. This value is either
    - a direct URL to the video file
    - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls).

    See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file) for details.
    """

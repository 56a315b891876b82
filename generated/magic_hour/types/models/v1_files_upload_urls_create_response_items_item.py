from __future__ import annotations

import datetime

from ..._models import BaseModel


class V1FilesUploadUrlsCreateResponseItemsItem(BaseModel):
    """An item of `items` in the response of `POST /v1/files/upload-urls` (Success)."""

    upload_url: str
    """Used to upload the file to storage, send a PUT request with the file as data to upload."""

    expires_at: datetime.datetime
    """when the upload url expires, and will need to request a new one."""

    file_path: str
    """this value is used in APIs that needs assets, such as image_file_path, video_file_path, and audio_file_path"""

from __future__ import annotations

import typing

from ..._models import BaseModel
from .v1_files_upload_urls_create_response_items_item import (
    V1FilesUploadUrlsCreateResponseItemsItem,
)


class V1FilesUploadUrlsCreateResponse(BaseModel):
    """Success"""

    items: typing.List[V1FilesUploadUrlsCreateResponseItemsItem]
    """The list of upload URLs and file paths for the assets. The response array will match the order of items in the request body. Refer to the [Input Files Guide](/integration/input-files) for more details."""

from __future__ import annotations

import typing

import typing_extensions

from ..enums.v1_files_upload_urls_create_body_items_item_type_enum import (
    V1FilesUploadUrlsCreateBodyItemsItemTypeEnum,
    V1FilesUploadUrlsCreateBodyItemsItemTypeEnumLiteral,
)


class V1FilesUploadUrlsCreateBodyItemsItem(typing_extensions.TypedDict):
    """An item of `items` in the request body of `POST /v1/files/upload-urls`."""

    type: typing.Union[
        V1FilesUploadUrlsCreateBodyItemsItemTypeEnum,
        V1FilesUploadUrlsCreateBodyItemsItemTypeEnumLiteral,
    ]
    """The type of asset to upload. Possible types are video, audio, image"""

    extension: str
    """The extension of the file to upload. Do not include the dot (.) before the extension. Possible extensions are mp4,m4v,mov,webm,mp3,wav,aac,flac,webm,m4a,opus,ogg,aiff,amr,png,jpg,jpeg,heic,heif,webp,avif,jp2,tiff,bmp,gif,webp,webm"""

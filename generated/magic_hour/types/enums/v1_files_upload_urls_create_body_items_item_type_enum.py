import typing

from ..._models import StrEnum


class V1FilesUploadUrlsCreateBodyItemsItemTypeEnum(StrEnum):
    """The type of asset to upload. Possible types are video, audio, image"""

    VIDEO = "video"
    AUDIO = "audio"
    IMAGE = "image"


V1FilesUploadUrlsCreateBodyItemsItemTypeEnumLiteral = typing.Literal[
    "video",
    "audio",
    "image",
]
"""The values of `V1FilesUploadUrlsCreateBodyItemsItemTypeEnum` as plain strings: what request parameters accept."""

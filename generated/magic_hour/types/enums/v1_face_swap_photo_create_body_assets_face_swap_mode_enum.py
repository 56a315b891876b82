import typing

from ..._models import StrEnum


class V1FaceSwapPhotoCreateBodyAssetsFaceSwapModeEnum(StrEnum):
    """Choose how to swap faces:
    **all-faces** (recommended) — swap all detected faces using one source image (`source_file_path` required)
    +- **individual-faces** — specify exact mappings using `face_mappings`"""

    ALL_FACES = "all-faces"
    INDIVIDUAL_FACES = "individual-faces"


V1FaceSwapPhotoCreateBodyAssetsFaceSwapModeEnumLiteral = typing.Literal[
    "all-faces",
    "individual-faces",
]
"""The values of `V1FaceSwapPhotoCreateBodyAssetsFaceSwapModeEnum` as plain strings: what request parameters accept."""

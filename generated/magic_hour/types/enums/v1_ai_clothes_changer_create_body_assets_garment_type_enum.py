import typing

from ..._models import StrEnum


class V1AiClothesChangerCreateBodyAssetsGarmentTypeEnum(StrEnum):
    """Type of garment to swap. If not provided, swaps the entire outfit.
    * `upper_body` - for shirts/jackets
    * `lower_body` - for pants/skirts
    * `entire_outfit` - for entire outfit

    Deprecated members:
    - `dresses`: use `entire_outfit` instead
    """

    ENTIRE_OUTFIT = "entire_outfit"
    UPPER_BODY = "upper_body"
    LOWER_BODY = "lower_body"
    DRESSES = "dresses"
    """Deprecated: for entire outfit"""


V1AiClothesChangerCreateBodyAssetsGarmentTypeEnumLiteral = typing.Literal[
    "entire_outfit",
    "upper_body",
    "lower_body",
    "dresses",
]
"""The values of `V1AiClothesChangerCreateBodyAssetsGarmentTypeEnum` as plain strings: what request parameters accept."""

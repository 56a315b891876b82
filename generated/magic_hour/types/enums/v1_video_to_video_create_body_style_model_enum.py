import typing

from ..._models import StrEnum


class V1VideoToVideoCreateBodyStyleModelEnum(StrEnum):
    """* `Dreamshaper` - a good all-around model that works for both animations as well as realism.
    * `Absolute Reality` - better at realism, but you'll often get similar results with Dreamshaper as well.
    * `Flat 2D Anime` - best for a flat illustration style that's common in most anime.
    * `default` - use the default recommended model for the selected art style."""

    DREAMSHAPER = "Dreamshaper"
    ABSOLUTE_REALITY = "Absolute Reality"
    FLAT_2_D_ANIME = "Flat 2D Anime"
    SOFT_ANIME = "Soft Anime"
    KAYWAII = "Kaywaii"
    WESTERN_ANIME = "Western Anime"
    VALUE_3_D_ANIME = "3D Anime"
    DEFAULT = "default"


V1VideoToVideoCreateBodyStyleModelEnumLiteral = typing.Literal[
    "Dreamshaper",
    "Absolute Reality",
    "Flat 2D Anime",
    "Soft Anime",
    "Kaywaii",
    "Western Anime",
    "3D Anime",
    "default",
]
"""The values of `V1VideoToVideoCreateBodyStyleModelEnum` as plain strings: what request parameters accept."""

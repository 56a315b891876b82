import typing

from ..._models import StrEnum


class V1VideoToVideoCreateBodyStyleVersionEnum(StrEnum):
    """* `v1` - more detail, closer prompt adherence, and frame-by-frame previews.
    * `v2` - faster, more consistent, and less noisy.
    * `default` - use the default version for the selected art style."""

    V1 = "v1"
    V2 = "v2"
    DEFAULT = "default"


V1VideoToVideoCreateBodyStyleVersionEnumLiteral = typing.Literal[
    "v1",
    "v2",
    "default",
]
"""The values of `V1VideoToVideoCreateBodyStyleVersionEnum` as plain strings: what request parameters accept."""

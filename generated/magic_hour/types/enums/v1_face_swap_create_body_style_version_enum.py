import typing

from ..._models import StrEnum


class V1FaceSwapCreateBodyStyleVersionEnum(StrEnum):
    """* `v1` - May preserve skin detail and texture better, but weaker identity preservation.
    * `v2` - Faster, sharper, better handling of hair and glasses. stronger identity preservation.
    * `default` - Use the version we recommend, which will change over time. This is recommended unless you need a specific earlier version. This is the default behavior.
    """

    V1 = "v1"
    V2 = "v2"
    DEFAULT = "default"


V1FaceSwapCreateBodyStyleVersionEnumLiteral = typing.Literal[
    "v1",
    "v2",
    "default",
]
"""The values of `V1FaceSwapCreateBodyStyleVersionEnum` as plain strings: what request parameters accept."""

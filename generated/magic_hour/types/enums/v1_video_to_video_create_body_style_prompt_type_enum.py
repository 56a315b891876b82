import typing

from ..._models import StrEnum


class V1VideoToVideoCreateBodyStylePromptTypeEnum(StrEnum):
    """* `default` - Use the default recommended prompt for the art style.
    * `custom` - Only use the prompt passed in the API. Note: for v1, lora prompt will still be auto added to apply the art style properly.
    * `append_default` - Add the default recommended prompt to the end of the prompt passed in the API.
    """

    DEFAULT = "default"
    CUSTOM = "custom"
    APPEND_DEFAULT = "append_default"


V1VideoToVideoCreateBodyStylePromptTypeEnumLiteral = typing.Literal[
    "default",
    "custom",
    "append_default",
]
"""The values of `V1VideoToVideoCreateBodyStylePromptTypeEnum` as plain strings: what request parameters accept."""

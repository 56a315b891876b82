"""Enums: every member is also a plain value, and unknown values from the server are kept.

Each type lives in its own module and is imported on first access.
"""

import typing

from ..._models import import_module

if typing.TYPE_CHECKING:
    from .not_found_body_message_enum import (
        NotFoundBodyMessageEnum as NotFoundBodyMessageEnum,
    )
    from .unauthorized_body_message_enum import (
        UnauthorizedBodyMessageEnum as UnauthorizedBodyMessageEnum,
    )
    from .v1_ai_image_generator_create_body_aspect_ratio_enum import (
        V1AiImageGeneratorCreateBodyAspectRatioEnum as V1AiImageGeneratorCreateBodyAspectRatioEnum,
    )
    from .v1_ai_image_generator_create_body_aspect_ratio_enum import (
        V1AiImageGeneratorCreateBodyAspectRatioEnumLiteral as V1AiImageGeneratorCreateBodyAspectRatioEnumLiteral,
    )
    from .v1_ai_image_generator_create_body_model_enum import (
        V1AiImageGeneratorCreateBodyModelEnum as V1AiImageGeneratorCreateBodyModelEnum,
    )
    from .v1_ai_image_generator_create_body_model_enum import (
        V1AiImageGeneratorCreateBodyModelEnumLiteral as V1AiImageGeneratorCreateBodyModelEnumLiteral,
    )
    from .v1_ai_image_generator_create_body_resolution_enum import (
        V1AiImageGeneratorCreateBodyResolutionEnum as V1AiImageGeneratorCreateBodyResolutionEnum,
    )
    from .v1_ai_image_generator_create_body_resolution_enum import (
        V1AiImageGeneratorCreateBodyResolutionEnumLiteral as V1AiImageGeneratorCreateBodyResolutionEnumLiteral,
    )
    from .v1_ai_image_generator_create_body_style_tool_enum import (
        V1AiImageGeneratorCreateBodyStyleToolEnum as V1AiImageGeneratorCreateBodyStyleToolEnum,
    )
    from .v1_ai_image_generator_create_body_style_tool_enum import (
        V1AiImageGeneratorCreateBodyStyleToolEnumLiteral as V1AiImageGeneratorCreateBodyStyleToolEnumLiteral,
    )
    from .v1_image_projects_get_response_status_enum import (
        V1ImageProjectsGetResponseStatusEnum as V1ImageProjectsGetResponseStatusEnum,
    )

_MODULES: typing.Dict[str, str] = {
    "NotFoundBodyMessageEnum": "not_found_body_message_enum",
    "UnauthorizedBodyMessageEnum": "unauthorized_body_message_enum",
    "V1AiImageGeneratorCreateBodyAspectRatioEnum": "v1_ai_image_generator_create_body_aspect_ratio_enum",
    "V1AiImageGeneratorCreateBodyAspectRatioEnumLiteral": "v1_ai_image_generator_create_body_aspect_ratio_enum",
    "V1AiImageGeneratorCreateBodyModelEnum": "v1_ai_image_generator_create_body_model_enum",
    "V1AiImageGeneratorCreateBodyModelEnumLiteral": "v1_ai_image_generator_create_body_model_enum",
    "V1AiImageGeneratorCreateBodyResolutionEnum": "v1_ai_image_generator_create_body_resolution_enum",
    "V1AiImageGeneratorCreateBodyResolutionEnumLiteral": "v1_ai_image_generator_create_body_resolution_enum",
    "V1AiImageGeneratorCreateBodyStyleToolEnum": "v1_ai_image_generator_create_body_style_tool_enum",
    "V1AiImageGeneratorCreateBodyStyleToolEnumLiteral": "v1_ai_image_generator_create_body_style_tool_enum",
    "V1ImageProjectsGetResponseStatusEnum": "v1_image_projects_get_response_status_enum",
}

__all__ = sorted(_MODULES)


if not typing.TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value


def __dir__() -> typing.List[str]:
    return __all__

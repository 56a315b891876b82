"""Response models (pydantic): what the API returns.

Each type lives in its own module and is imported on first access.
"""

import typing

from ..._models import import_module

if typing.TYPE_CHECKING:
    from .bad_request_body import BadRequestBody as BadRequestBody
    from .not_found_body import NotFoundBody as NotFoundBody
    from .payment_required_body import PaymentRequiredBody as PaymentRequiredBody
    from .unauthorized_body import UnauthorizedBody as UnauthorizedBody
    from .unprocessable_entity_body import (
        UnprocessableEntityBody as UnprocessableEntityBody,
    )
    from .v1_ai_image_generator_create_response import (
        V1AiImageGeneratorCreateResponse as V1AiImageGeneratorCreateResponse,
    )
    from .v1_image_projects_get_response import (
        V1ImageProjectsGetResponse as V1ImageProjectsGetResponse,
    )
    from .v1_image_projects_get_response_downloads_item import (
        V1ImageProjectsGetResponseDownloadsItem as V1ImageProjectsGetResponseDownloadsItem,
    )
    from .v1_image_projects_get_response_error import (
        V1ImageProjectsGetResponseError as V1ImageProjectsGetResponseError,
    )
    from .v1_image_projects_get_response_with_downloads import (
        V1ImageProjectsGetResponseWithDownloads as V1ImageProjectsGetResponseWithDownloads,
    )

_MODULES: typing.Dict[str, str] = {
    "BadRequestBody": "bad_request_body",
    "NotFoundBody": "not_found_body",
    "PaymentRequiredBody": "payment_required_body",
    "UnauthorizedBody": "unauthorized_body",
    "UnprocessableEntityBody": "unprocessable_entity_body",
    "V1AiImageGeneratorCreateResponse": "v1_ai_image_generator_create_response",
    "V1ImageProjectsGetResponse": "v1_image_projects_get_response",
    "V1ImageProjectsGetResponseDownloadsItem": "v1_image_projects_get_response_downloads_item",
    "V1ImageProjectsGetResponseError": "v1_image_projects_get_response_error",
    "V1ImageProjectsGetResponseWithDownloads": "v1_image_projects_get_response_with_downloads",
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

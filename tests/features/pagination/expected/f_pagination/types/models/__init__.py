"""Response models (pydantic): what the API returns.

Each type lives in its own module and is imported on first access.
"""

import typing

from ..._models import import_module

if typing.TYPE_CHECKING:
    from .cursored_list_response import CursoredListResponse as CursoredListResponse
    from .custom_list_response import CustomListResponse as CustomListResponse
    from .item import Item as Item
    from .linked_list_response import LinkedListResponse as LinkedListResponse
    from .metaed_list_response import MetaedListResponse as MetaedListResponse
    from .metaed_list_response_meta import (
        MetaedListResponseMeta as MetaedListResponseMeta,
    )
    from .numbered_list_response import NumberedListResponse as NumberedListResponse
    from .offsets_list_response import OffsetsListResponse as OffsetsListResponse
    from .plain_list_response import PlainListResponse as PlainListResponse
    from .urled_list_response import UrledListResponse as UrledListResponse

_MODULES: typing.Dict[str, str] = {
    "CursoredListResponse": "cursored_list_response",
    "CustomListResponse": "custom_list_response",
    "Item": "item",
    "LinkedListResponse": "linked_list_response",
    "MetaedListResponse": "metaed_list_response",
    "MetaedListResponseMeta": "metaed_list_response_meta",
    "NumberedListResponse": "numbered_list_response",
    "OffsetsListResponse": "offsets_list_response",
    "PlainListResponse": "plain_list_response",
    "UrledListResponse": "urled_list_response",
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

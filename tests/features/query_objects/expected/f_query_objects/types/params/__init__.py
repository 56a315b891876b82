"""Request parameters (TypedDicts): plain dicts with these keys are accepted.

Each type lives in its own module and is imported on first access.
"""

import typing

from ..._models import import_module

if typing.TYPE_CHECKING:
    from .filter import Filter as Filter
    from .products_list_page import ProductsListPage as ProductsListPage
    from .products_list_point import ProductsListPoint as ProductsListPoint
    from .products_list_where import ProductsListWhere as ProductsListWhere

_MODULES: typing.Dict[str, str] = {
    "Filter": "filter",
    "ProductsListPage": "products_list_page",
    "ProductsListPoint": "products_list_point",
    "ProductsListWhere": "products_list_where",
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

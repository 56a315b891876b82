"""Response models (pydantic): what the API returns.

Each type lives in its own module and is imported on first access.
"""

import typing

from ..._models import import_module

if typing.TYPE_CHECKING:
    from .event import Event as Event
    from .event_variant1 import EventVariant1 as EventVariant1
    from .order_paid import OrderPaid as OrderPaid
    from .subscriptions_create_response import (
        SubscriptionsCreateResponse as SubscriptionsCreateResponse,
    )

_MODULES: typing.Dict[str, str] = {
    "Event": "event",
    "EventVariant1": "event_variant1",
    "OrderPaid": "order_paid",
    "SubscriptionsCreateResponse": "subscriptions_create_response",
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

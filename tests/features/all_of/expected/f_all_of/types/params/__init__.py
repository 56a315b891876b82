"""Request parameters (TypedDicts): plain dicts with these keys are accepted.

Each type lives in its own module and is imported on first access.
"""

import typing

from ..._models import import_module

if typing.TYPE_CHECKING:
    from .cidr_configuration import CidrConfiguration as CidrConfiguration
    from .configurations import Configurations as Configurations
    from .ip_configuration import IpConfiguration as IpConfiguration
    from .lockdowns_create_body import LockdownsCreateBody as LockdownsCreateBody
    from .new_dog import NewDog as NewDog
    from .outcome import Outcome as Outcome
    from .outcome_collaborators import OutcomeCollaborators as OutcomeCollaborators
    from .outcome_collaborators_users_item import (
        OutcomeCollaboratorsUsersItem as OutcomeCollaboratorsUsersItem,
    )
    from .ruleset import Ruleset as Ruleset
    from .seek import Seek as Seek
    from .unshare import Unshare as Unshare

_MODULES: typing.Dict[str, str] = {
    "CidrConfiguration": "cidr_configuration",
    "Configurations": "configurations",
    "IpConfiguration": "ip_configuration",
    "LockdownsCreateBody": "lockdowns_create_body",
    "NewDog": "new_dog",
    "Outcome": "outcome",
    "OutcomeCollaborators": "outcome_collaborators",
    "OutcomeCollaboratorsUsersItem": "outcome_collaborators_users_item",
    "Ruleset": "ruleset",
    "Seek": "seek",
    "Unshare": "unshare",
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

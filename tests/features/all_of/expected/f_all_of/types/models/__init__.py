"""Response models (pydantic): what the API returns.

Each type lives in its own module and is imported on first access.
"""

import typing

from ..._models import import_module

if typing.TYPE_CHECKING:
    from .animal import Animal as Animal
    from .audited import Audited as Audited
    from .collaborators import Collaborators as Collaborators
    from .described import Described as Described
    from .dog import Dog as Dog
    from .outcome_collaborators_users_item import (
        OutcomeCollaboratorsUsersItem as OutcomeCollaboratorsUsersItem,
    )
    from .pet import Pet as Pet
    from .ruleset import Ruleset as Ruleset
    from .tag import Tag as Tag
    from .unshare import Unshare as Unshare

_MODULES: typing.Dict[str, str] = {
    "Animal": "animal",
    "Audited": "audited",
    "Collaborators": "collaborators",
    "Described": "described",
    "Dog": "dog",
    "OutcomeCollaboratorsUsersItem": "outcome_collaborators_users_item",
    "Pet": "pet",
    "Ruleset": "ruleset",
    "Tag": "tag",
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

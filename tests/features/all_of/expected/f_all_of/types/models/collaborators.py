from __future__ import annotations

import typing

from ..._models import BaseModel
from .outcome_collaborators_users_item import OutcomeCollaboratorsUsersItem


class Collaborators(BaseModel):
    """Users an outcome affects. No operation refers to it, but requests reach its inline parts through `Outcome`: the SDK lists it as a model, with models for those parts too."""

    users: typing.Optional[typing.List[OutcomeCollaboratorsUsersItem]] = None

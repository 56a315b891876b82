from __future__ import annotations

import typing

import typing_extensions

from .outcome_collaborators_users_item import OutcomeCollaboratorsUsersItem


class OutcomeCollaborators(typing_extensions.TypedDict):
    """Who is affected (the shared shape, its list required here)."""

    users: typing.Sequence[OutcomeCollaboratorsUsersItem]

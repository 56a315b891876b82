from __future__ import annotations

import typing_extensions


class OutcomeCollaboratorsUsersItem(typing_extensions.TypedDict):
    """An item of `users` in `collaborators` in the `Outcome` schema."""

    id: str

from __future__ import annotations

from ..._models import BaseModel


class OutcomeCollaboratorsUsersItem(BaseModel):
    """An item of `users` in `collaborators` in the `Outcome` schema."""

    id: str

from __future__ import annotations

import typing_extensions

from .outcome_collaborators import OutcomeCollaborators


class Outcome(typing_extensions.TypedDict):
    """The `Outcome` schema."""

    collaborators: typing_extensions.NotRequired[OutcomeCollaborators]
    """Who is affected (the shared shape, its list required here)."""

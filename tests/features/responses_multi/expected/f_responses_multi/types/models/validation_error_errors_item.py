from __future__ import annotations

from ..._models import BaseModel


class ValidationErrorErrorsItem(BaseModel):
    """An item of `errors` in the `ValidationError` schema."""

    field: str
    message: str

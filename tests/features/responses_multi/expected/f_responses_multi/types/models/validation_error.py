from __future__ import annotations

import typing

from ..._models import BaseModel
from .validation_error_errors_item import ValidationErrorErrorsItem


class ValidationError(BaseModel):
    """The `ValidationError` schema."""

    errors: typing.List[ValidationErrorErrorsItem]

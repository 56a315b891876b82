from __future__ import annotations

from ..._models import BaseModel


class PaymentRequiredBody(BaseModel):
    """The request requires payment"""

    message: str

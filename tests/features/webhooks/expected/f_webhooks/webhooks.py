"""Parsers for the webhook requests the Webhooks Feature sends: each turns a request body into its typed payload."""

from __future__ import annotations

import typing

from ._base_client import ResponseType, parse_json
from .types import models


def parse_order_paid(payload: typing.Union[str, bytes]) -> models.OrderPaid:
    """An order was paid.

    The body of the `orderPaid` webhook (`POST`), as sent to your endpoint.
    Raises `pydantic.ValidationError` when it does not match the spec.
    """
    return parse_json(models.OrderPaid, payload)


def parse_event_batch(payload: typing.Union[str, bytes]) -> typing.List[models.Event]:
    """eventBatch

    The body of the `eventBatch` webhook (`POST`), as sent to your endpoint.
    Raises `pydantic.ValidationError` when it does not match the spec.
    """
    return parse_json(
        ResponseType[typing.List[models.Event]](typing.List[models.Event]), payload
    )

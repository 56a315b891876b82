from __future__ import annotations

import typing_extensions


class SubscriptionsCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /subscriptions`."""

    url: str

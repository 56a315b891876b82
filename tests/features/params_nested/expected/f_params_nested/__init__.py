"""Params Nested Python SDK"""

from ._client import AsyncClient, Client
from ._errors import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DownloadError,
    InternalServerError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
    WaitTimeoutError,
)
from ._raw import AsyncStreamedResponse, RawResponse, StreamedResponse
from ._types import NOT_GIVEN, BinaryResponse, NotGiven, RequestOptions
from .environment import Environment

__all__ = [
    "AsyncClient",
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AsyncStreamedResponse",
    "AuthenticationError",
    "BadRequestError",
    "BinaryResponse",
    "Client",
    "ConflictError",
    "DownloadError",
    "Environment",
    "InternalServerError",
    "NOT_GIVEN",
    "NotFoundError",
    "NotGiven",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RequestOptions",
    "ResponseValidationError",
    "StreamedResponse",
    "UnprocessableEntityError",
    "WaitTimeoutError",
]

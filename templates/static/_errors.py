"""Every error the SDK raises: one base, `ApiError`, and one subclass per kind of failure."""

from __future__ import annotations

import json
import typing

if typing.TYPE_CHECKING:
    import httpx

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DownloadError",
    "InternalServerError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
]

_MAX_BODY_IN_MESSAGE = 500
REQUEST_ID_HEADERS = ("x-request-id", "request-id")
"""Where servers commonly put the id of a request, tried in order (the config can add one)."""


class ApiError(Exception):
    """A request failed.

    `status_code` is the HTTP status (`None` when no response arrived), `body` the decoded
    JSON body (or text), `data` that body as the spec's model for the status (when the spec
    types it), `request_id` the server's request id header when it sent one, `response` the
    `httpx.Response` itself (`None` when no response arrived).
    The request's credentials are never part of an error.
    """

    status_code: typing.Optional[int]
    body: object
    request_id: typing.Optional[str]
    headers: typing.Optional[httpx.Headers]
    response: typing.Optional[httpx.Response]
    data: object = None
    """The body parsed into the spec's model for this status (see the method's docs), if any."""

    def __init__(
        self,
        message: str,
        *,
        status_code: typing.Optional[int] = None,
        body: object = None,
        request_id: typing.Optional[str] = None,
        headers: typing.Optional[httpx.Headers] = None,
        response: typing.Optional[httpx.Response] = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.body = body
        self.request_id = request_id
        self.headers = headers
        self.response = response

    def __str__(self) -> str:
        text = self.message
        if self.request_id:
            text += f" (request id {self.request_id})"
        return text


class ApiStatusError(ApiError):
    """The server answered with an error status: `status_code` and `headers` are always set."""

    status_code: int
    headers: httpx.Headers


class BadRequestError(ApiStatusError):
    """400: the request is invalid."""


class AuthenticationError(ApiStatusError):
    """401: the credentials are missing or wrong."""


class PaymentRequiredError(ApiStatusError):
    """402: the account needs credits or a plan for this."""


class PermissionDeniedError(ApiStatusError):
    """403: the credentials may not do this."""


class NotFoundError(ApiStatusError):
    """404: no such resource."""


class ConflictError(ApiStatusError):
    """409: the request conflicts with the resource's state."""


class UnprocessableEntityError(ApiStatusError):
    """422: the request is well-formed but cannot be processed."""


class RateLimitError(ApiStatusError):
    """429: too many requests; `retry_after` is the server's wait hint in seconds, if any."""

    retry_after: typing.Optional[float] = None


class InternalServerError(ApiStatusError):
    """5xx: the server failed."""


class ApiConnectionError(ApiError):
    """No response: the connection failed or was reset."""


class ApiTimeoutError(ApiConnectionError):
    """No response within the timeout."""


class ResponseValidationError(ApiError):
    """The server answered with success but the body is not what the spec says."""


class DownloadError(ApiError):
    """An output file could not be downloaded completely (nothing partial is left on disk).

    Raised by `generate()`, `job` is the finished job (its outputs, and in `downloaded_paths` the
    files saved before this one), so the download can be tried again without losing the job.
    """

    job: typing.Any = None


class WaitTimeoutError(ApiError):
    """A job did not finish within the wait timeout; `body` holds its last known state."""


_BY_STATUS: typing.Dict[int, typing.Type[ApiStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def request_id(
    headers: httpx.Headers, names: typing.Sequence[str] = REQUEST_ID_HEADERS
) -> typing.Optional[str]:
    """The first of the `names` headers the response has (a request id), or None."""
    for name in names:
        value: typing.Optional[str] = headers.get(name)
        if value:
            return value
    return None


def error_for_response(
    response: httpx.Response,
    retry_after: typing.Optional[float],
    text: typing.Optional[str] = None,
    request_id_headers: typing.Sequence[str] = REQUEST_ID_HEADERS,
) -> ApiStatusError:
    """The typed error for an unsuccessful response; `text` stands for its body's text when
    given (the core passes it without the request's credentials)."""
    status = response.status_code
    cls = _BY_STATUS.get(status)
    if cls is None:
        cls = InternalServerError if status >= 500 else ApiStatusError
    if text is None:
        text = response.text
    body: object
    try:
        body = json.loads(text)
    except (ValueError, RecursionError):
        body = text
    detail = ""
    if isinstance(body, dict):
        found = body.get("message") or body.get("error") or body.get("detail")
        detail = found if isinstance(found, str) else ""
    elif isinstance(body, str):
        detail = body
    detail = detail[:_MAX_BODY_IN_MESSAGE]
    message = f"{response.request.method} {response.request.url.copy_with(query=None)} -> {status}"
    if detail:
        message += f": {detail}"
    error = cls(
        message,
        status_code=status,
        body=body,
        request_id=request_id(response.headers, request_id_headers),
        headers=response.headers,
        response=response,
    )
    if isinstance(error, RateLimitError):
        error.retry_after = retry_after
    return error

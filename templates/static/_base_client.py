"""The HTTP core shared by every generated resource: build, send, retry, parse.

Generated resources describe a call (method, path template, parameters, body, expected
response type); everything about HTTP lives here, once, for both the sync and async clients.
"""

from __future__ import annotations

import base64
import copy
import dataclasses
import datetime
import enum
import functools
import json
import logging
import math
import random
import re
import time
import typing
from urllib.parse import quote, urljoin, urlsplit

import typing_extensions

from ._errors import (
    REQUEST_ID_HEADERS,
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    ResponseValidationError,
    error_for_response,
    request_id,
)
from ._param_styles import ParamWriter
from ._raw import (
    AsyncStreamedResponse,
    RawResponse,
    StreamedResponse,
    wants_raw,
    wants_stream,
)
from ._types import NOT_GIVEN, BinaryResponse, NotGiven, RequestOptions, checked_options

if typing.TYPE_CHECKING:
    # Imported where first needed instead (as are anyio, uuid and email.utils): they made up
    # most of the package's import time, which a program that builds a client it may never
    # call should not pay.
    import httpx
    import pydantic

__all__ = [
    "AsyncCore",
    "configure_logging",
    "CallArgs",
    "Credential",
    "ResponseType",
    "Streamed",
    "SyncCore",
    "check_body",
    "parse_json",
]

T = typing.TypeVar("T")
H = typing.TypeVar("H")  # the httpx client a core sends with
S = typing.TypeVar("S")  # what a sync streaming call returns
A = typing.TypeVar("A")  # what an async streaming call returns
_Pair = typing.Tuple[str, typing.Union[str, int, float, bool, None]]
logger = logging.getLogger(__name__.rsplit(".", 1)[0])

_RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})
# Methods a server may act on twice when a request is sent twice (see `_Core.replayable`).
_WRITES = frozenset({"POST", "PATCH"})
# What a write without an idempotency key is still retried on, with a `Retry-After`: the server
# says it did not act on it.
_REFUSED_STATUSES = frozenset({429, 503})
# Backoff before retry n (from 0): _INITIAL_DELAY * 2**n, less up to 25% jitter, at most _MAX_DELAY.
# Private; the SDK's own tests shorten it by patching this module attribute.
_INITIAL_DELAY = 0.5
_MAX_DELAY = 8.0
_MAX_RETRY_AFTER = 60.0
_PATH_PARAM = re.compile(r"\{([^{}]+)\}")
_EMPTY_FORM_BOUNDARY = b"sdk-empty-form"


_LOG_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_log_handler: typing.Optional[logging.Handler] = None


def configure_logging(setting: typing.Optional[str]) -> None:
    """Send the SDK's log to stderr at the level an environment variable names (`debug`,
    `info`); any other value, or none, leaves logging to the application."""
    global _log_handler
    level = _LOG_LEVELS.get((setting or "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if _log_handler is None:
        _log_handler = logging.StreamHandler()
        _log_handler.setFormatter(
            logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s")
        )
        logger.addHandler(_log_handler)


class ResponseType(typing.Generic[T]):
    """A response type mypy cannot spell as `type[T]` (a union), optionally one per status
    when an operation's success responses differ (`None` for a status without a body).
    """

    def __init__(
        self, tp: object, statuses: typing.Optional[typing.Mapping[int, object]] = None
    ) -> None:
        self.tp = tp
        self.statuses = statuses or {}


class Streamed(typing.Generic[S, A]):
    """A `cast_to` for a body read as it arrives: `open` wraps the (not yet read)
    response of a sync call, `aopen` of an async one (`_streaming.StreamOf`)."""

    def open(self, response: httpx.Response) -> S:
        raise NotImplementedError

    def aopen(self, response: httpx.Response) -> A:
        raise NotImplementedError


@dataclasses.dataclass(frozen=True)
class Credential:
    """One way to authenticate; `repr()` never shows the secret."""

    kind: typing.Literal["bearer", "basic", "api_key"]
    secret: str = dataclasses.field(repr=False)
    location: typing.Literal["header", "query", "cookie"] = "header"
    name: str = "Authorization"
    username: str = dataclasses.field(default="", repr=False)


def _checked(scheme: str, cred: Credential) -> Credential:
    """A credential fit for a header. Whitespace around a token or key is dropped (one read from a
    file or an environment variable often ends in a newline); a control character left inside
    is refused here, without showing the secret: httpx would refuse the header later, quoting it.
    """
    secret = cred.secret if cred.kind == "basic" else cred.secret.strip()
    if not secret:
        raise ValueError(f"the credential for {scheme!r} is empty")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in secret + cred.username):
        raise ValueError(
            f"the credential for {scheme!r} contains a control character (a line break?)"
        )
    return cred if secret == cred.secret else dataclasses.replace(cred, secret=secret)


class CallArgs(typing_extensions.TypedDict, total=False):
    """How a generated method describes a call beyond its method and path."""

    path_params: typing.Mapping[str, object]
    path_styles: typing.Mapping[str, typing.Tuple[str, bool]]
    """Non-default `(style, explode)` per path parameter (label, matrix); the default is simple."""
    header_styles: typing.Mapping[str, typing.Tuple[str, bool]]
    """`(style, explode)` per header parameter written exploded (`k=v,k2=v2`)."""
    query: typing.Mapping[str, object]
    query_styles: typing.Mapping[str, typing.Tuple[str, bool]]
    """Non-default `(style, explode)` per query parameter; the default is form, exploded."""
    headers: typing.Mapping[str, object]
    cookies: typing.Mapping[str, object]
    json: object
    form: typing.Union[
        typing.Mapping[str, object], typing.Sequence[typing.Tuple[str, str]], NotGiven
    ]
    """The form fields, or their pairs already written in the spec's styles (`_forms`)."""
    files: typing.Mapping[str, object]
    part_types: typing.Mapping[str, str]
    """The content type of a multipart field's parts, when they are not plain text (JSON)."""
    content: typing.Union[bytes, str, typing.IO[bytes], NotGiven]
    content_type: str
    accept: str
    """The `Accept` header, when a success response is not plain `application/json`."""
    auth: typing.Sequence[typing.Sequence[str]]
    """Security requirements, any one of which will do; each names schemes used together."""
    server: str
    """The operation's own server, used instead of the client's unless its caller chose the
    base URL (`base_url=` or its environment variable)."""
    errors: typing.Mapping[str, object]
    """Error body type per status ("404", "4XX", "default"): parsed into `ApiError.data`."""
    idempotency_header: str
    """The operation's idempotency header (the spec declares it): see `_Core.replayable`."""
    next_url: str
    """A later page's URL (from the body or a `Link` header): sent instead of the path and
    query; only on the client's own scheme and host, which its credentials are for."""
    options: typing.Optional[RequestOptions]


_adapters: typing.Dict[object, pydantic.TypeAdapter[typing.Any]] = {}


def _adapter(tp: object) -> pydantic.TypeAdapter[typing.Any]:
    adapter = _adapters.get(tp)
    if adapter is None:
        import pydantic

        from ._models import with_deep_stack

        # `tp` is a generated response type (a list, dict or union of models): only known at
        # run time, hence the cast.
        adapter = _adapters[tp] = with_deep_stack(
            lambda: pydantic.TypeAdapter(typing.cast(typing.Any, tp))
        )
    return adapter


def _json_default(value: object) -> object:
    import uuid

    import pydantic

    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _text(value: object) -> str:
    """How a scalar is written in a path, query string, header or form field."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"  # an item of a list; a parameter that is None is left out
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return str(value)


_PARAMS = ParamWriter(_text, _json_default)
"""Path, query, header and cookie values in their styles (`_param_styles`, the generator's
own module: its curl samples and mock write and read parameters by the same rules)."""


def _drop_not_given(values: typing.Mapping[str, object]) -> typing.Dict[str, object]:
    return {k: v for k, v in values.items() if not isinstance(v, NotGiven)}


def _q(text: str) -> str:
    """A query name or value, percent-encoded (all but RFC 3986's unreserved characters)."""
    return quote(text, safe="")


def _expand_path(
    template: str,
    values: typing.Mapping[str, object],
    styles: typing.Optional[typing.Mapping[str, typing.Tuple[str, bool]]] = None,
) -> str:
    """Fill `{name}` slots in each parameter's style (simple unless `styles` says label or
    matrix); values are percent-encoded, so they cannot add segments."""

    def fill(match: typing.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise ValueError(f"missing path parameter {name!r}")
        style, explode = (styles or {}).get(name, ("simple", False))
        return _PARAMS.path(name, values[name], style, explode)

    return _PATH_PARAM.sub(fill, template)


def _form_pairs(
    values: typing.Union[
        typing.Mapping[str, object], typing.Sequence[typing.Tuple[str, str]]
    ],
) -> typing.List[_Pair]:
    if not isinstance(values, typing.Mapping):
        return list(values)
    pairs: typing.List[_Pair] = []
    for name, value in _drop_not_given(values).items():
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            pairs.extend((name, _text(v)) for v in value)
        elif isinstance(value, dict):
            pairs.append((name, json.dumps(value, default=_json_default)))
        else:
            pairs.append((name, _text(value)))
    return pairs


def _file_parts(
    files: typing.Mapping[str, object],
) -> typing.List[typing.Tuple[str, typing.Any]]:
    """(field, file) pairs for httpx: one part per file, so a list of files repeats its field."""
    parts: typing.List[typing.Tuple[str, typing.Any]] = []
    for name, value in _drop_not_given(files).items():
        if value is None:
            continue
        # A tuple starting with a name is one file, `(filename, content[, type])`.
        if isinstance(value, list) or (
            isinstance(value, tuple) and value and not isinstance(value[0], str)
        ):
            parts.extend((name, item) for item in value)
        else:
            parts.append((name, value))
    return parts


@typing.overload
def parse_json(tp: typing.Type[T], payload: typing.Union[str, bytes]) -> T: ...
@typing.overload
def parse_json(tp: ResponseType[T], payload: typing.Union[str, bytes]) -> T: ...
def parse_json(tp: object, payload: typing.Union[str, bytes]) -> object:
    """Parse JSON text into a generated type (a model, or a `ResponseType` for unions)."""
    import pydantic

    target = tp.tp if isinstance(tp, ResponseType) else tp
    if isinstance(target, type) and issubclass(target, pydantic.BaseModel):
        return target.model_validate_json(payload)
    return _adapter(target).validate_json(payload)


_body_keys: typing.Dict[object, typing.FrozenSet[str]] = {}


def check_body(method: str, body: typing.Mapping[str, object], typed: object) -> None:
    """Fail on a keyword a `**body` method does not take, as an explicit signature would
    (type checkers catch it earlier; this is for code they do not see)."""
    allowed = _body_keys.get(typed)
    if allowed is None:
        allowed = _body_keys[typed] = frozenset(getattr(typed, "__annotations__", {}))
    for key in body:
        if key not in allowed:
            raise TypeError(f"{method}() got an unexpected keyword argument {key!r}")


def _error_data(
    status_code: int, text: str, errors: typing.Mapping[str, object]
) -> object:
    """An error body's `text` as the spec's model for its status (exact, then `4XX`, then
    `default`); None when the spec gives none or the body does not match it."""
    status = str(status_code)
    tp = errors.get(status) or errors.get(status[0] + "XX") or errors.get("default")
    if tp is None:
        return None
    import pydantic

    try:
        return _adapter(tp).validate_json(text)
    except (pydantic.ValidationError, ValueError):
        return None


def _first_error(exc: pydantic.ValidationError) -> str:
    error = exc.errors(include_url=False, include_input=False)[0]
    where = ".".join(str(part) for part in error["loc"]) or "(body)"
    return f"{where}: {error['msg']}"


def _sendable(exc: BaseException) -> bool:
    """False for a request that cannot be sent at all (a header httpx refuses, a URL scheme it
    does not speak): it would fail the same way again, so it is not retried."""
    import httpx

    return not isinstance(exc, (httpx.LocalProtocolError, httpx.UnsupportedProtocol))


def _retry_after(response: httpx.Response) -> typing.Optional[float]:
    raw = response.headers.get("retry-after-ms")
    if raw:
        try:
            millis = float(raw)
        except ValueError:
            pass
        else:
            # A negative hint would make sleep() raise; NaN and infinity are no hint at all.
            if math.isfinite(millis):
                return max(millis / 1000, 0.0)
    raw = response.headers.get("retry-after")
    if not raw:
        return None
    try:
        seconds = float(raw)
    except ValueError:
        pass
    else:
        return max(seconds, 0.0) if math.isfinite(seconds) else None
    import email.utils

    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.timezone.utc)
    return max(
        (when - datetime.datetime.now(datetime.timezone.utc)).total_seconds(), 0.0
    )


def _same_origin(base: str, target: str) -> str:
    """`target` (absolute, or relative to `base`) when it is on `base`'s scheme and host."""
    url = urljoin(base + "/", target)
    here, there = urlsplit(base), urlsplit(url)
    if (here.scheme, here.netloc) != (there.scheme, there.netloc):
        raise ApiError(
            f"the next page is on another server ({there.scheme}://{there.netloc}): not followed"
        )
    return url


class _Core(typing.Generic[H]):
    """What the sync and async cores share: everything but sending and sleeping."""

    def __init__(
        self,
        *,
        base_url: str,
        chosen_base_url: bool = False,
        credentials: typing.Mapping[str, Credential],
        timeout: typing.Union[float, httpx.Timeout, None],
        max_retries: int,
        headers: typing.Mapping[str, str],
        http_client: typing.Optional[H] = None,
        request_id_headers: typing.Sequence[str] = REQUEST_ID_HEADERS,
        idempotency_header: typing.Optional[str] = None,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self._http = http_client
        self.base_url = base_url.rstrip("/")
        self.chosen_base_url = chosen_base_url
        self.timeout = timeout
        self.max_retries = max_retries
        self.headers = dict(headers)
        self.request_id_headers = tuple(request_id_headers)
        self.idempotency_header = idempotency_header
        self._credentials = {
            scheme: _checked(scheme, cred) for scheme, cred in credentials.items()
        }

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={self.base_url!r}>"

    @property
    def http(self) -> H:
        raise NotImplementedError

    def with_settings(
        self,
        *,
        timeout: typing.Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        max_retries: typing.Optional[int] = None,
        headers: typing.Optional[typing.Mapping[str, str]] = None,
    ) -> typing_extensions.Self:
        """A core with these settings changed and everything else shared: credentials, base URL
        and the httpx client (so one connection pool; closing either closes it)."""
        if max_retries is not None and max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        twin = copy.copy(self)
        # Created now, not on first use, or each core would create a pool of its own.
        twin._http = self.http
        if not isinstance(timeout, NotGiven):
            twin.timeout = timeout
        if max_retries is not None:
            twin.max_retries = max_retries
        twin.headers = {**self.headers, **(headers or {})}
        return twin

    def timeout_for(
        self, options: RequestOptions
    ) -> typing.Union[float, httpx.Timeout, None]:
        """The timeout of a call: its `request_options`' if given (`None` too), else the client's."""
        return options["timeout"] if "timeout" in options else self.timeout

    def retries_for(self, options: RequestOptions) -> int:
        """The retries of a call: its `request_options`' if given, else the client's."""
        return options.get("max_retries", self.max_retries)

    def redact(self, text: str) -> str:
        """`text` without any credential in it (an httpx error message may quote a header)."""
        for cred in self._credentials.values():
            secrets = [cred.secret]
            if cred.kind == "basic":
                secrets.append(
                    base64.b64encode(f"{cred.username}:{cred.secret}".encode()).decode()
                )
            for secret in secrets:
                text = text.replace(secret, "[redacted]")
        return text

    def has_credential(self, scheme: str) -> bool:
        return scheme in self._credentials

    def build(
        self,
        http: typing.Union[httpx.Client, httpx.AsyncClient],
        method: str,
        path: str,
        args: CallArgs,
        options: RequestOptions,
    ) -> httpx.Request:
        options = checked_options(options)
        query = args.get("query") or {}
        query_styles = args.get("query_styles") or {}
        headers = args.get("headers") or {}
        cookies = args.get("cookies") or {}
        form = args.get("form")
        if isinstance(form, NotGiven):  # an optional body that was not given
            form = None
        files = args.get("files")
        content = args.get("content")
        content_type = args.get("content_type")
        server = args.get("server")
        base = server if server and not self.chosen_base_url else self.base_url
        next_url = args.get("next_url")
        if next_url is None:
            url = base + _expand_path(
                path, args.get("path_params") or {}, args.get("path_styles")
            )
        else:
            url = _same_origin(base, next_url)
            query = {}
        pairs: typing.List[typing.Tuple[str, str]] = []
        for name, value in _drop_not_given(query).items():
            style, explode = query_styles.get(name, ("form", True))
            pairs.extend(_PARAMS.query(name, value, style, explode))
        request_headers = dict(self.headers)
        header_styles = args.get("header_styles") or {}
        for name, value in _drop_not_given(headers).items():
            if value is not None:
                explode = header_styles.get(name, ("simple", False))[1]
                request_headers[name] = _PARAMS.simple(value, explode)
        request_cookies = {
            k: _PARAMS.simple(v)
            for k, v in _drop_not_given(cookies).items()
            if v is not None
        }
        self._authenticate(
            args.get("auth") or (), request_headers, pairs, request_cookies
        )
        if request_cookies:
            request_headers["Cookie"] = "; ".join(
                f"{k}={v}" for k, v in request_cookies.items()
            )
        request_headers.update(options.get("headers") or {})
        key_header = self.key_header(method, args)
        if key_header and not any(
            k.lower() == key_header.lower() for k in request_headers
        ):
            import uuid

            # Made once per call: every retry of the call sends the same key.
            request_headers[key_header] = str(uuid.uuid4())
        # Say what the spec says comes back: a server that can answer in XML too, or only in a
        # vendor type (`application/hal+json`), chooses by it. A caller's own header wins.
        if not any(name.lower() == "accept" for name in request_headers):
            request_headers["Accept"] = args.get("accept", "application/json")
        pairs.extend(
            (_q(k), _q(str(v))) for k, v in (options.get("extra_query") or {}).items()
        )
        if pairs:  # built here, not by httpx, which would encode the delimiters too
            url += ("&" if "?" in url else "?") + "&".join(f"{k}={v}" for k, v in pairs)

        body: typing.Optional[typing.Union[bytes, str, typing.IO[bytes]]] = None
        # httpx spells its files type privately; it accepts what `files` holds.
        upload: typing.Optional[typing.List[typing.Tuple[str, typing.Any]]] = None
        if "json" in args and not isinstance(args["json"], NotGiven):
            payload = args["json"]
            if isinstance(payload, dict):
                payload = _drop_not_given(payload)
            body = json.dumps(
                payload,
                default=_json_default,
                separators=(",", ":"),
                ensure_ascii=False,
            ).encode()
            request_headers.setdefault(
                "Content-Type", content_type or "application/json"
            )
        elif form is not None and files is None:
            import httpx

            body = str(httpx.QueryParams(_form_pairs(form))).encode()
            request_headers.setdefault(
                "Content-Type", "application/x-www-form-urlencoded"
            )
        elif files is not None:
            # Fields as parts without a file name, then the files: always multipart, even when
            # no file is given (httpx would fall back to a urlencoded body).
            types = args.get("part_types") or {}
            upload = [
                (k, (None, str(v), types[k]) if k in types else (None, str(v)))
                for k, v in _form_pairs(form or {})
            ]
            upload.extend(_file_parts(files))
            if not upload:
                # httpx sends no body at all for no parts; a form with no fields is still a
                # body (the operation may require one): the closing delimiter alone.
                upload = None
                body = b"--" + _EMPTY_FORM_BOUNDARY + b"--\r\n"
                request_headers.setdefault(
                    "Content-Type",
                    "multipart/form-data; boundary=" + _EMPTY_FORM_BOUNDARY.decode(),
                )
        elif content is not None and not isinstance(content, NotGiven):
            body = content
            if content_type:
                request_headers.setdefault("Content-Type", content_type)

        return http.build_request(
            method,
            url,
            headers=request_headers,
            content=body,
            files=upload,
            timeout=self.timeout_for(options),
        )

    def _authenticate(
        self,
        requirements: typing.Sequence[typing.Sequence[str]],
        headers: typing.Dict[str, str],
        query: typing.List[typing.Tuple[str, str]],
        cookies: typing.Dict[str, str],
    ) -> None:
        for requirement in requirements:
            if all(s in self._credentials for s in requirement):
                for scheme in requirement:
                    cred = self._credentials[scheme]
                    if cred.kind == "bearer":
                        headers["Authorization"] = f"Bearer {cred.secret}"
                    elif cred.kind == "basic":
                        raw = f"{cred.username}:{cred.secret}".encode()
                        headers["Authorization"] = (
                            "Basic " + base64.b64encode(raw).decode()
                        )
                    elif cred.location == "header":
                        headers[cred.name] = cred.secret
                    elif cred.location == "query":
                        query.append((_q(cred.name), _q(cred.secret)))
                    else:
                        cookies[cred.name] = cred.secret
                return

    def key_header(self, method: str, args: CallArgs) -> typing.Optional[str]:
        """The idempotency header of a call: its operation's, else the SDK's for a write."""
        header = args.get("idempotency_header")
        if header is None and method in _WRITES:
            header = self.idempotency_header
        return header

    def replayable(self, request: httpx.Request, args: CallArgs) -> bool:
        """Whether a request may be sent again after it may have reached the server: not a
        POST or PATCH (the other methods are idempotent by HTTP's definition), or one carrying
        an idempotency key the API declares it reads. A write that is not replayable is retried
        only when it cannot have been acted on (see `should_retry` and `retry_error`).
        """
        if request.method not in _WRITES:
            return True
        header = self.key_header(request.method, args)
        return header is not None and header in request.headers

    def should_retry(
        self, attempt: int, retries: int, response: httpx.Response, replayable: bool
    ) -> bool:
        if attempt >= retries:
            return False
        if replayable:
            return response.status_code in _RETRY_STATUSES
        return (
            response.status_code in _REFUSED_STATUSES
            and _retry_after(response) is not None
        )

    def retry_error(
        self, attempt: int, retries: int, exc: Exception, replayable: bool
    ) -> typing.Optional[float]:
        """Seconds to wait before retrying after `exc` (no response); None: do not retry."""
        import httpx

        if attempt >= retries or not _sendable(exc):
            return None
        # Before a connection was made, nothing was sent: safe to send even a write again.
        unsent = isinstance(
            exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
        )
        return self.delay(attempt, None) if replayable or unsent else None

    def delay(
        self, attempt: int, response: typing.Optional[httpx.Response]
    ) -> typing.Optional[float]:
        """Seconds to wait before retry number `attempt + 1`; None: do not retry."""
        if response is not None:
            hinted = _retry_after(response)
            if hinted is not None:
                return hinted if hinted <= _MAX_RETRY_AFTER else None
        backoff = min(_INITIAL_DELAY * 2.0**attempt, _MAX_DELAY)
        return backoff * (1 - 0.25 * random.random())

    def finish(
        self,
        response: httpx.Response,
        cast_to: object,
        errors: typing.Optional[typing.Mapping[str, object]] = None,
    ) -> object:
        """A call's result from its final response: parsed, or a `RawResponse` when a
        `with_raw_response` wrapper asked for one (an error status raises either way).
        """
        if wants_raw.get():
            self.raise_for_status(response, errors)
            return RawResponse(
                response, functools.partial(self.parse, response, cast_to, errors)
            )
        return self.parse(response, cast_to, errors)

    def raise_for_status(
        self,
        response: httpx.Response,
        errors: typing.Optional[typing.Mapping[str, object]] = None,
    ) -> None:
        if response.status_code >= 400 or response.status_code < 200:
            # The body without credentials: a server may quote the token it refused.
            text = self.redact(response.text)
            error = error_for_response(
                response, _retry_after(response), text, self.request_id_headers
            )
            error.data = _error_data(response.status_code, text, errors or {})
            raise error

    def parse(
        self,
        response: httpx.Response,
        cast_to: object,
        errors: typing.Optional[typing.Mapping[str, object]] = None,
    ) -> object:
        self.raise_for_status(response, errors)
        if cast_to is None:
            return None
        if cast_to is bytes:
            return BinaryResponse(response.content, response.headers)
        if cast_to is str:
            return response.text
        tp = cast_to.tp if isinstance(cast_to, ResponseType) else cast_to
        if isinstance(cast_to, ResponseType) and cast_to.statuses:
            tp = cast_to.statuses.get(response.status_code, tp)
            if tp is None:
                return None
            if tp is bytes:
                # A file for this status (another status may have no body, or JSON).
                return BinaryResponse(response.content, response.headers)
            if tp is str:
                return response.text
        import pydantic

        try:
            if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
                return tp.model_validate_json(response.content)
            return _adapter(tp).validate_json(response.content)
        except pydantic.ValidationError as exc:
            raise ResponseValidationError(
                f"{response.request.method} {response.request.url.copy_with(query=None)} -> "
                f"{response.status_code}: the response body does not match the spec: "
                f"{exc.error_count()} error(s), first: {_first_error(exc)}",
                status_code=response.status_code,
                body=self.redact(response.text),
                request_id=request_id(response.headers, self.request_id_headers),
                headers=response.headers,
                response=response,
            ) from None

    def log(
        self,
        request: httpx.Request,
        response: typing.Optional[httpx.Response],
        started: float,
        attempt: int,
    ) -> None:
        """One line per attempt at DEBUG: method, URL (without its query, which may hold a
        credential), status, elapsed time and how many retries preceded it."""
        if logger.isEnabledFor(logging.DEBUG):
            outcome = (
                str(response.status_code) if response is not None else "no response"
            )
            logger.debug(
                "%s %s -> %s in %.3fs (retry %d)",
                request.method,
                self.redact(str(request.url.copy_with(query=None))),
                outcome,
                time.monotonic() - started,
                attempt,
            )


class SyncCore(_Core["httpx.Client"]):
    @property
    def http(self) -> httpx.Client:
        # Created on first use: importing httpx and building the TLS context cost tens of
        # milliseconds each, which `Client()` should not pay before the first request.
        if self._http is None:
            import httpx

            self._http = httpx.Client(follow_redirects=True)
        return self._http

    def close(self) -> None:
        if self._http is not None:
            self._http.close()

    def complete(
        self,
        response: httpx.Response,
        cast_to: object,
        errors: typing.Optional[typing.Mapping[str, object]],
    ) -> object:
        """The call's result; for a streaming method, its items as they arrive, and for a
        `with_streaming_response` call, the response with its body unread (an error's body is
        read whole first, to raise as any other)."""
        streamed = wants_stream.get()
        if not streamed and not isinstance(cast_to, Streamed):
            return self.finish(response, cast_to, errors)
        if 200 <= response.status_code < 400:
            if isinstance(cast_to, Streamed):
                return cast_to.open(response)
            return StreamedResponse(
                response, functools.partial(self.parse, response, cast_to, errors)
            )
        try:
            response.read()
        finally:
            response.close()
        return self.finish(response, cast_to, errors)

    @typing.overload
    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: None,
        **args: typing_extensions.Unpack[CallArgs],
    ) -> None: ...
    @typing.overload
    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: typing.Union[typing.Type[T], ResponseType[T]],
        **args: typing_extensions.Unpack[CallArgs],
    ) -> T: ...
    @typing.overload
    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: Streamed[S, typing.Any],
        **args: typing_extensions.Unpack[CallArgs],
    ) -> S: ...
    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: object,
        **args: typing_extensions.Unpack[CallArgs],
    ) -> object:
        import httpx

        options: RequestOptions = args.get("options") or {}
        request = self.build(self.http, method, path, args, options)
        retries = self.retries_for(options)
        replayable = self.replayable(request, args)
        attempt = 0
        while True:
            started = time.monotonic()
            try:
                streamed = isinstance(cast_to, Streamed) or wants_stream.get()
                response = self.http.send(request, stream=streamed)
            except httpx.TimeoutException as exc:
                self.log(request, None, started, attempt)
                wait = self.retry_error(attempt, retries, exc, replayable)
                if wait is None:
                    raise ApiTimeoutError(
                        f"{method} {request.url.copy_with(query=None)}: timed out ({self.redact(str(exc))})"
                    ) from None
            except httpx.TransportError as exc:
                self.log(request, None, started, attempt)
                wait = self.retry_error(attempt, retries, exc, replayable)
                if wait is None:
                    raise ApiConnectionError(
                        f"{method} {request.url.copy_with(query=None)}: {self.redact(str(exc))}"
                    ) from None
            except httpx.RequestError as exc:
                # Not worth a retry: too many redirects, a body that does not decode.
                self.log(request, None, started, attempt)
                raise ApiError(
                    f"{method} {request.url.copy_with(query=None)}: {type(exc).__name__}: {self.redact(str(exc))}"
                ) from None
            else:
                self.log(request, response, started, attempt)
                if not self.should_retry(attempt, retries, response, replayable):
                    return self.complete(response, cast_to, args.get("errors"))
                wait = self.delay(attempt, response)
                if wait is None:
                    return self.complete(response, cast_to, args.get("errors"))
                response.close()
            attempt += 1
            time.sleep(wait)


class AsyncCore(_Core["httpx.AsyncClient"]):
    @property
    def http(self) -> httpx.AsyncClient:
        if self._http is None:
            import httpx

            self._http = httpx.AsyncClient(follow_redirects=True)
        return self._http

    async def close(self) -> None:
        if self._http is not None:
            await self._http.aclose()

    async def complete(
        self,
        response: httpx.Response,
        cast_to: object,
        errors: typing.Optional[typing.Mapping[str, object]],
    ) -> object:
        """`SyncCore.complete`, reading an error's streamed body asynchronously."""
        streamed = wants_stream.get()
        if not streamed and not isinstance(cast_to, Streamed):
            return self.finish(response, cast_to, errors)
        if 200 <= response.status_code < 400:
            if isinstance(cast_to, Streamed):
                return cast_to.aopen(response)
            return AsyncStreamedResponse(
                response, functools.partial(self.parse, response, cast_to, errors)
            )
        try:
            await response.aread()
        finally:
            await response.aclose()
        return self.finish(response, cast_to, errors)

    @typing.overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: None,
        **args: typing_extensions.Unpack[CallArgs],
    ) -> None: ...
    @typing.overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: typing.Union[typing.Type[T], ResponseType[T]],
        **args: typing_extensions.Unpack[CallArgs],
    ) -> T: ...
    @typing.overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: Streamed[typing.Any, A],
        **args: typing_extensions.Unpack[CallArgs],
    ) -> A: ...
    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: object,
        **args: typing_extensions.Unpack[CallArgs],
    ) -> object:
        import anyio
        import httpx

        options: RequestOptions = args.get("options") or {}
        request = self.build(self.http, method, path, args, options)
        retries = self.retries_for(options)
        replayable = self.replayable(request, args)
        attempt = 0
        while True:
            started = time.monotonic()
            try:
                streamed = isinstance(cast_to, Streamed) or wants_stream.get()
                response = await self.http.send(request, stream=streamed)
            except httpx.TimeoutException as exc:
                self.log(request, None, started, attempt)
                wait = self.retry_error(attempt, retries, exc, replayable)
                if wait is None:
                    raise ApiTimeoutError(
                        f"{method} {request.url.copy_with(query=None)}: timed out ({self.redact(str(exc))})"
                    ) from None
            except httpx.TransportError as exc:
                self.log(request, None, started, attempt)
                wait = self.retry_error(attempt, retries, exc, replayable)
                if wait is None:
                    raise ApiConnectionError(
                        f"{method} {request.url.copy_with(query=None)}: {self.redact(str(exc))}"
                    ) from None
            except httpx.RequestError as exc:
                # Not worth a retry: too many redirects, a body that does not decode.
                self.log(request, None, started, attempt)
                raise ApiError(
                    f"{method} {request.url.copy_with(query=None)}: {type(exc).__name__}: {self.redact(str(exc))}"
                ) from None
            else:
                self.log(request, response, started, attempt)
                if not self.should_retry(attempt, retries, response, replayable):
                    return await self.complete(response, cast_to, args.get("errors"))
                wait = self.delay(attempt, response)
                if wait is None:
                    return await self.complete(response, cast_to, args.get("errors"))
                await response.aclose()
            attempt += 1
            await anyio.sleep(wait)

"""What the mock answers: one request in, one `Reply` out, with no sockets involved."""

from __future__ import annotations

import collections
import copy
import itertools
import json
import mimetypes
import re
import threading
import time
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, Callable, Collection, Iterable
from urllib.parse import parse_qs, quote, urlsplit

from .. import ir
from ..load import Located
from ..openapi import is_json, media_base, stream_format
from . import auth, pages
from .faults import HEADER as FAULT_HEADER
from .faults import Fault, Faults
from .jobs import Jobs
from .params import Rejected, check_body, check_params, path_fits
from .png import png_for
from .schemas import Schemas
from .spec import Api, Route, asks_for
from .streams import streamed
from .synth import Synth
from .workflows import Flow, UploadFlow, example_job, job_state, response_props

FILES = "/_mock/files/"
UPLOADS = "/_mock/uploads/"
OUTCOME_HEADER = "x-mock-job-outcome"
_FAILURE_WORDS = ("error", "fail", "failure")


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    """Lower-case names; repeated headers joined with `, `."""
    body: bytes
    query_string: str = ""
    """The query exactly as sent (still percent-encoded), for byte-for-byte checks."""

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    status: int
    body: bytes = b""
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False
    truncate: bool = False
    chunks: tuple[bytes, ...] = ()
    """A streamed body (sent chunked, piece by piece) instead of `body`."""


class App:
    def __init__(
        self,
        api: Api,
        flows: list[Flow],
        uploads: UploadFlow | None,
        *,
        pages: dict[str, ir.Paging] | None = None,
        tokens: Collection[str] | None,
        polls_to_complete: int,
    ) -> None:
        self.api = api
        self._pages = pages or {}
        self.uploads = uploads
        self.tokens = frozenset(tokens) if tokens is not None else None
        self.jobs = Jobs(polls_to_complete)
        self.faults = Faults()
        self.job_outcome: str | None = None
        self.root_url = ""
        self._synth = Synth(api.schemas, "")
        self._creates = {key: flow for flow in flows for key in flow.creates}
        self._polls: dict[str, list[Flow]] = {}
        self._deletes: dict[str, list[Flow]] = {}
        for flow in flows:
            self._polls.setdefault(flow.poll.key, []).append(flow)
            if flow.delete is not None:
                self._deletes.setdefault(flow.delete.key, []).append(flow)
        self._siblings = _fragment_siblings(api.routes)
        self._values: dict[tuple[str, str], Any] = {}
        self._requests: list[RecordedRequest] = []
        self._uploaded: dict[str, bytes] = {}
        self._ids = itertools.count(1)
        self._upload_ids = itertools.count(1)
        self._lock = threading.Lock()

    def bind(self, root_url: str) -> None:
        """Called once the socket is bound: generated URLs point back at the mock."""
        self.root_url = root_url
        self._synth = Synth(self.api.schemas, root_url)
        self._values.clear()

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def reset(self) -> None:
        with self._lock:
            self._requests.clear()
            self._uploaded.clear()
        self.jobs.clear()
        self.faults.reset()
        self.job_outcome = None

    # entry ------------------------------------------------------------------------------

    def handle(self, method: str, target: str, header_items: Iterable[tuple[str, str]], body: bytes) -> Reply:
        split = urlsplit(target)
        path = split.path or "/"
        query = parse_qs(split.query, keep_blank_values=True)
        headers: dict[str, str] = {}
        cookies: dict[str, str] = {}
        for name, value in header_items:
            key = name.lower()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
            if key == "cookie":
                pairs = (part.strip().partition("=") for part in value.split(";"))
                cookies.update({k: v for k, sep, v in pairs if k and sep})
        with self._lock:
            self._requests.append(RecordedRequest(method, path, query, dict(headers), body, split.query))
        request_id = self.request_id()
        reply = self._handle(method, path, query, headers, cookies, body)
        reply.headers["x-request-id"] = request_id
        return reply

    def request_id(self) -> str:
        return f"req_{next(self._ids)}"

    def _handle(
        self,
        method: str,
        path: str,
        query: dict[str, list[str]],
        headers: dict[str, str],
        cookies: dict[str, str],
        body: bytes,
    ) -> Reply:
        prefix = self.api.prefix
        below = path[len(prefix) :] if not prefix or path.startswith(prefix + "/") else None

        def fits(route: Route, values: dict[str, str]) -> bool:
            return (
                path_fits(self.api.schemas, route, values)
                and asks_for(route, query, headers)
                and (route.key not in self._siblings or self._takes(route, headers, body))
            )

        route, values, allowed = self.api.find(method, below, fits) if below is not None else (None, {}, [])
        try:
            fault = self.faults.pick(
                method, (path,) if below is None else (path, below), headers.get(FAULT_HEADER)
            )
        except ValueError as exc:
            return self._json(400, {"message": str(exc)})
        if fault is not None and fault.answers:
            reply = self._fault(fault, route)
        elif method in ("GET", "HEAD") and path.startswith(FILES):
            reply = self._file(path[len(FILES) :])
        elif path.startswith(UPLOADS) and path.count("/") == 3:
            reply = self._uploaded_file(method, path[len(UPLOADS) :], body)
        elif route is None:
            reply = self._json(
                405 if allowed else 404, {"message": "Method Not Allowed" if allowed else "Not Found"}
            )
            if allowed:
                reply.headers["Allow"] = ", ".join(allowed)
        else:
            reply = self._route(route, values, query, headers, cookies, body)
        if fault is not None:
            reply.delay, reply.drop, reply.truncate = fault.delay, fault.drop, fault.truncate
            retry_after = fault.retry_after_value(time.time())
            if retry_after is not None:
                reply.headers["Retry-After"] = retry_after
            reply.headers.update(fault.headers)
        return reply

    def _takes(self, route: Route, headers: dict[str, str], body: bytes) -> bool:
        """Whether `route` accepts this body: how operations on one URL told apart only by a
        `#fragment` and their bodies (Box's classification `#add` and `#update`) are routed."""
        try:
            check_body(self.api.schemas, route, headers.get("content-type", ""), body)
        except Rejected:
            return False
        return True

    def _route(
        self,
        route: Route,
        values: dict[str, str],
        query: dict[str, list[str]],
        headers: dict[str, str],
        cookies: dict[str, str],
        body: bytes,
    ) -> Reply:
        passed, challenge = auth.check(route, self.api.schemes, headers, query, cookies, self.tokens)
        if not passed:
            reply = self._declared(route, 401, "Unauthorized")
            if challenge:
                reply.headers["WWW-Authenticate"] = challenge
            return reply
        try:
            check_params(self.api.schemas, route, values, query, headers, cookies)
            payload = check_body(self.api.schemas, route, headers.get("content-type", ""), body)
            if route.key in self._creates:
                return self._create(self._creates[route.key], route, payload, headers)
            if self.uploads is not None and route.key == self.uploads.route.key:
                return self._upload_urls(self.uploads, route, payload, headers)
        except Rejected as exc:
            return self._json(self._problem_status(route, exc.status), {"message": exc.message})
        if route.key in self._polls:
            return self._poll(self._polls[route.key], route, values, headers)
        if route.key in self._deletes:
            return self._delete(self._deletes[route.key], route, values, headers)
        if route.key in self._pages:
            return self._page(route, self._pages[route.key], values, query, headers)
        return self._respond(route, headers)

    def _page(
        self,
        route: Route,
        paging: ir.Paging,
        values: dict[str, str],
        query: dict[str, list[str]],
        headers: dict[str, str],
    ) -> Reply:
        size = pages.page_size(paging, query)
        index = pages.page_index(paging, query, size)
        path = route.template
        for name, value in values.items():
            path = path.replace("{" + name + "}", quote(value, safe=""))
        url = self.root_url + self.api.prefix + path
        found: list[str | None] = [None]

        schema = self.api.schemas.items(response_props(self.api, route).get(paging.items))

        def make_item() -> Any:
            return self._synth.value(schema) if schema is not None else {}

        def fits(item: Any) -> bool:
            return schema is None or self.api.schemas.is_valid(schema, item, read=True)

        # A cursor the spec types as a number (Lichess's `nextPage`) is sent as one.
        cursor = response_props(self.api, route).get(paging.field) if paging.scheme == "cursor" else None
        numeric = cursor is not None and not self.api.schemas.is_valid(cursor, "page-1", read=True)

        def shape(body: Any) -> Any:
            body, found[0] = pages.shape_page(paging, body, index, size, url, query, make_item, fits, numeric)
            return body

        reply = self._respond(route, headers, shape)
        if paging.scheme == "link_header" and found[0]:
            reply.headers["Link"] = f'<{found[0]}>; rel="next"'
        return reply

    # responses --------------------------------------------------------------------------

    def _respond(
        self, route: Route, headers: dict[str, str], shape: Callable[[Any], Any] | None = None
    ) -> Reply:
        status, response = self.api.success(route)
        chosen = self.api.media(response, headers.get("accept", "")) if response is not None else None
        if chosen is None or status in (204, 205, 304):
            return Reply(status)
        media_type, media = chosen
        stream = stream_format(media_type)
        if stream is not None:
            return Reply(
                status, content_type=media_type, chunks=streamed(self.api.schemas, self._synth, media, stream)
            )
        if not is_json(media_type):
            return Reply(status, self._bytes(media_type, media), media_type)
        value = self._value(media)
        return self._json(status, shape(value) if shape else value, media_type)

    def _value(self, media: Located) -> Any:
        key = (media.file, media.pointer)
        if key not in self._values:
            found, value = self.api.example(media)
            schema = (
                Schemas.child(media, "schema")
                if isinstance(media.value, dict) and "schema" in media.value
                else None
            )
            # An example the schema rejects would fail the client's parsing, not the API's.
            if found and schema is not None and not self.api.schemas.is_valid(schema, value, read=True):
                found = False
            if not found:
                value = {} if schema is None else self._synth.value(schema)
            self._values[key] = value
        return copy.deepcopy(self._values[key])

    def _bytes(self, media_type: str, media: Located) -> bytes:
        base = media_base(media_type)
        if base.startswith("image/"):
            return png_for(base)
        value = self._value(media)
        if isinstance(value, str):
            return value.encode("utf-8")
        if value in (None, {}):
            return f"mock {base} content\n".encode("utf-8")
        return json.dumps(value).encode("utf-8")

    def _json(self, status: int, value: Any, media_type: str = "application/json") -> Reply:
        return Reply(status, json.dumps(value, ensure_ascii=False).encode("utf-8"), media_type)

    def _declared(self, route: Route | None, status: int, message: str) -> Reply:
        """The spec's example for this status when it has one, else `{"message": ...}`."""
        response = self.api.response(route, status) if route is not None else None
        chosen = self.api.media(response) if response is not None else None
        if chosen is not None:
            found, value = self.api.example(chosen[1])
            if found and is_json(chosen[0]):
                return self._json(status, value, chosen[0])
            if found:
                return Reply(status, str(value).encode("utf-8"), chosen[0])
        return self._json(status, {"message": message})

    def _problem_status(self, route: Route, status: int) -> int:
        """400 or 422 as this mock would choose, unless the operation declares only the other."""
        if status not in (400, 422):
            return status
        declared = [s for s in (400, 422) if self.api.declares(route, s)]
        return declared[0] if len(declared) == 1 else status

    def _fault(self, fault: Fault, route: Route | None) -> Reply:
        status = fault.status or 200
        if fault.body is not None:
            return Reply(status, fault.body, "application/json")
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:
            phrase = "Error"
        return self._declared(route, status, phrase)

    def _file(self, name: str) -> Reply:
        parts = name.split("/")
        if len(parts) != 2 or not all(parts):
            return self._json(404, {"message": "Not Found"})
        if parts[1].lower().endswith(".png"):
            return Reply(200, png_for(name), "image/png")
        kind = mimetypes.guess_type(parts[1])[0] or "application/octet-stream"
        return Reply(200, f"mock file {name}\n".encode("utf-8"), kind)

    # uploads ----------------------------------------------------------------------------

    def _upload_urls(self, flow: UploadFlow, route: Route, payload: Any, headers: dict[str, str]) -> Reply:
        """One upload URL on the mock per requested item, in the request's order."""
        spec = flow.uploads
        asked = payload.get(spec.items_field) if isinstance(payload, dict) else None

        def shape(value: Any) -> Any:
            body = value if isinstance(value, dict) else {}
            body[spec.items_field] = [self._upload_entry(flow, item) for item in asked or []]
            return body

        return self._respond(route, headers, shape)

    def _upload_entry(self, flow: UploadFlow, item: Any) -> dict[str, Any]:
        spec = flow.uploads
        item = item if isinstance(item, dict) else {}
        # Only letters and digits from the request go into the URL path.
        kind = re.sub(r"[^A-Za-z0-9]", "", str(item.get(spec.kind_field, ""))) or "file"
        extension = re.sub(r"[^A-Za-z0-9]", "", str(item.get(spec.extension_field, ""))) or "bin"
        name = f"{kind}-{next(self._upload_ids)}.{extension}"
        entry = self._synth.value(flow.item) if flow.item is not None else {}
        entry = entry if isinstance(entry, dict) else {}
        entry[spec.url_field] = f"{self.root_url}{UPLOADS}{name}"
        entry[spec.path_field] = f"mock-uploads/{name}"
        return entry

    def _uploaded_file(self, method: str, name: str, body: bytes) -> Reply:
        """The storage behind upload URLs: PUT keeps the bytes, GET gives them back."""
        if method in ("PUT", "POST"):
            with self._lock:
                self._uploaded[name] = body
            return Reply(200)
        with self._lock:
            data = self._uploaded.get(name)
        if method not in ("GET", "HEAD") or data is None:
            return self._json(404, {"message": "Not Found"})
        return Reply(200, data, mimetypes.guess_type(name)[0] or "application/octet-stream")

    # workflows --------------------------------------------------------------------------

    def _create(self, flow: Flow, route: Route, payload: Any, headers: dict[str, str]) -> Reply:
        outcome = _outcome(flow, headers.get(OUTCOME_HEADER) or self.job_outcome)
        job = self.jobs.create(flow.workflow.name, outcome, flow.pending, payload)

        def shape(value: Any) -> Any:
            body = value if isinstance(value, dict) else {}
            body[flow.workflow.id_field] = job.id
            return body

        return self._respond(route, headers, shape)

    def _poll(
        self, flows: list[Flow], route: Route, values: dict[str, str], headers: dict[str, str]
    ) -> Reply:
        job_id = values.get(flows[0].id_param, "")
        state = self.jobs.poll(job_id, {f.workflow.name for f in flows}) or example_job(flows, job_id)
        if state is None:
            return self._declared(route, 404, "Not Found")
        job, status = state
        flow = next(f for f in flows if f.workflow.name == job.workflow)
        files = f"{self.root_url}{FILES}{job.id}/"
        return self._respond(
            route, headers, lambda value: job_state(flow, job, status, value, self._synth, files)
        )

    def _delete(
        self, flows: list[Flow], route: Route, values: dict[str, str], headers: dict[str, str]
    ) -> Reply:
        job_id = values.get(flows[0].id_param, "")
        deleted = self.jobs.delete(job_id, {f.workflow.name for f in flows})
        if not deleted and example_job(flows, job_id) is None:
            return self._declared(route, 404, "Not Found")
        return self._respond(route, headers)


def _outcome(flow: Flow, asked: str | None) -> str:
    success, failure = flow.workflow.success or ("complete",), flow.workflow.failure
    if not asked:
        return success[0]
    asked = asked.strip().lower()
    if asked in success or asked in failure:
        return asked
    if asked in _FAILURE_WORDS and failure:
        return failure[0]
    choices = ", ".join((*success, *failure))
    raise Rejected(400, f"X-Mock-Job-Outcome: {asked!r} is not one of {choices}")


def _fragment_siblings(routes: Iterable[Route]) -> frozenset[str]:
    """Keys of the routes that share their method and URL with another (`#fragment` keys)."""
    routes = list(routes)
    shared = collections.Counter((r.method, r.template.partition("#")[0]) for r in routes)
    return frozenset(r.key for r in routes if shared[(r.method, r.template.partition("#")[0])] > 1)

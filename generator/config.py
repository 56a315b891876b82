"""The SDK config (`spec/sdk.yaml`): what the spec cannot say about the SDK built from it.

Every key is checked here; an unknown key or a wrong type is a `SpecError` with its location,
so a typo in the config fails loudly instead of being ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import Problem, SpecError, pointer_join
from .load import parse_text
from .naming import reserved
from .naming import environment_name, identifier_problem, package_name, package_problem

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ENV = re.compile(r"^[A-Z_][A-Z0-9_]*$")
# An HTTP field name (RFC 9110 `token`).
_HEADER = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")


@dataclass(frozen=True)
class Environment:
    name: str
    url: str

    @property
    def member(self) -> str:
        """Its member of the SDK's `Environment` (`PRODUCTION`)."""
        return environment_name(self.name)


@dataclass(frozen=True)
class Selector:
    """Operations chosen by tag and method rather than one by one: new ones join by themselves."""

    tag: str
    method: str = "POST"


@dataclass(frozen=True)
class Uploads:
    """How `generate()` turns local file paths into uploaded ones.

    The upload operation takes a list of `{kind, extension}` items and answers, in the same
    order, items holding an upload URL (for a `PUT` of the bytes) and the path to send instead.
    """

    operation: str
    fields: tuple[str, ...]
    """Glob patterns of request-body property names that take a file path."""
    kinds: tuple[tuple[str, tuple[str, ...]], ...]
    """(upload kind, file extensions); a property whose name starts with a kind uses that kind."""
    items_field: str = "items"
    kind_field: str = "type"
    extension_field: str = "extension"
    url_field: str = "upload_url"
    path_field: str = "file_path"
    method: tuple[str, ...] = ()
    """Where the SDK's method that uploads one file lives, with its name (`v1.files.upload_file`)."""


@dataclass(frozen=True)
class Workflow:
    """A long-running job: a create operation whose result is polled until it finishes."""

    name: str
    poll: str
    """Operation key of the status call, e.g. `GET /v1/image-projects/{id}`."""
    creates: tuple[str | Selector, ...]
    """Operation keys, or tag selectors, whose result is a job of this kind."""
    id_field: str = "id"
    status_field: str = "status"
    success: tuple[str, ...] = ("complete",)
    failure: tuple[str, ...] = ("error", "canceled")
    downloads_field: str = "downloads"
    download_url_field: str = "url"
    result_method: str | None = None
    """A method of the polling resource that finishes a job started earlier, by its id
    (`check_result`), or None for none."""


PAGING_SCHEMES = ("cursor", "next_url", "link_header", "offset", "page", "none")


@dataclass(frozen=True)
class PagingRule:
    """`pagination: {"GET /things": {scheme: cursor, ...}}`: how one operation pages, declared
    (`none`: not at all); keys left out are recognised as for an undeclared operation."""

    operation: str
    scheme: str
    items: str | None = None
    param: str | None = None
    field: str | None = None
    limit_param: str | None = None


@dataclass(frozen=True)
class Config:
    package: str
    distribution: str
    version: str = "0.1.0"
    description: str = ""
    client: str = "Client"
    async_client: str = "AsyncClient"
    http_client_argument: str = "http_client"
    """The clients' keyword for the caller's own httpx client (`httpx_client` where users come
    from an SDK that named it so)."""
    environments: tuple[Environment, ...] = ()
    base_url_env: str | None = None
    token_env: str | None = None
    grouping: str = "path"
    method_names: str = "verbs"
    field_names: str = "wire"
    """Request dict keys: the API's own (`wire`), or Python names (`python`: `search_web`,
    `type_`) that the SDK turns into the API's on the wire."""
    poll_interval_env: str | None = None
    request_id_header: str | None = None
    """A response header holding the request id, tried before `x-request-id` and `request-id`."""
    idempotency_header: str | None = None
    """A request header the API reads an idempotency key from on every POST and PATCH."""
    log_env: str = ""
    """The environment variable that turns the SDK's log on (`debug`, `info`)."""
    pagination: tuple[PagingRule, ...] = ()
    workflows: tuple[Workflow, ...] = ()
    uploads: Uploads | None = None
    templates: Path | None = None
    history: tuple[Path, ...] = ()
    """Specs of earlier releases, oldest first (`history: specs`)."""
    grace_releases: int = 0
    """For how many releases a removed deprecated request field is still accepted."""
    source: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


_TOP_KEYS = {
    "package",
    "distribution",
    "version",
    "description",
    "clients",
    "environments",
    "base_url_env",
    "auth",
    "resources",
    "field_names",
    "poll_interval_env",
    "request_id_header",
    "idempotency_header",
    "log_env",
    "pagination",
    "workflows",
    "uploads",
    "templates",
    "history",
    "extends",
}
_MAX_EXTENDS = 8


def _fail(message: str, file: str, pointer: str) -> SpecError:
    return SpecError(Problem(message, file, pointer))


def _str(data: dict[str, Any], key: str, file: str, pointer: str, default: str | None = None) -> str | None:
    value = data.get(key, default)
    if value is not None and not isinstance(value, str):
        raise _fail(f"`{key}` must be a string", file, f"{pointer}/{key}")
    return value


def _keys(data: Any, allowed: set[str], file: str, pointer: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise _fail("must be a mapping", file, pointer)
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise _fail(
            f"unknown key {unknown[0]!r} (expected one of: {', '.join(sorted(allowed))})",
            file,
            f"{pointer}/{unknown[0]}",
        )
    return data


def default_config(title: str) -> Config:
    package = package_name(title)
    return Config(package=package, distribution=package.replace("_", "-"), log_env=package.upper() + "_LOG")


def load_config(path: Path | None, spec_title: str) -> Config:
    if path is None:
        return default_config(spec_title)
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(Problem(f"cannot read the config: {exc.strerror or exc}", name)) from None
    except UnicodeDecodeError:
        raise SpecError(Problem("the config is not UTF-8 text", name)) from None
    data = _with_parents(path, parse_text(text, name) or {}, name, 0)
    data = _keys(data, _TOP_KEYS, name, "")
    base = default_config(spec_title)

    package = _str(data, "package", name, "", base.package)
    assert package is not None
    problem = package_problem(package)
    if problem:
        raise _fail(problem, name, "/package")
    distribution = _str(data, "distribution", name, "", package.replace("_", "-"))

    client, async_client, http_client_argument = _clients(data, name)
    environments = _environments(data.get("environments") or [], name)

    auth = _keys(data.get("auth") or {}, {"token_env"}, name, "/auth")
    env_vars = {
        "base_url_env": _str(data, "base_url_env", name, ""),
        "token_env": _str(auth, "token_env", name, "/auth"),
        "poll_interval_env": _str(data, "poll_interval_env", name, ""),
        "log_env": _str(data, "log_env", name, "", package.upper() + "_LOG"),
    }
    for key, value in env_vars.items():
        if value is not None and not _ENV.fullmatch(value):
            raise _fail("environment variable names are UPPER_SNAKE_CASE", name, f"/{key}")

    resources = _keys(data.get("resources") or {}, {"grouping", "method_names"}, name, "/resources")
    grouping = _str(resources, "grouping", name, "/resources", "path")
    if grouping not in ("path", "tags"):
        raise _fail("`grouping` is `path` or `tags`", name, "/resources/grouping")
    method_names = _str(resources, "method_names", name, "/resources", "verbs")
    if method_names not in ("verbs", "operation_id"):
        raise _fail("`method_names` is `verbs` or `operation_id`", name, "/resources/method_names")

    field_names = _str(data, "field_names", name, "", "wire")
    if field_names not in ("wire", "python"):
        raise _fail("`field_names` is `wire` or `python`", name, "/field_names")
    templates = _str(data, "templates", name, "")
    history, grace_releases = _history(data.get("history"), path, name)
    return Config(
        request_id_header=_header(data, "request_id_header", name, ""),
        idempotency_header=_header(data, "idempotency_header", name, ""),
        log_env=env_vars["log_env"] or "",
        pagination=_pagination(data.get("pagination"), name),
        package=package,
        distribution=distribution or package,
        version=_str(data, "version", name, "", "0.1.0") or "0.1.0",
        description=_str(data, "description", name, "", "") or "",
        client=client,
        async_client=async_client,
        http_client_argument=http_client_argument,
        environments=environments,
        base_url_env=env_vars["base_url_env"],
        token_env=env_vars["token_env"],
        grouping=grouping or "path",
        method_names=method_names or "verbs",
        field_names=field_names or "wire",
        poll_interval_env=env_vars["poll_interval_env"],
        workflows=tuple(_workflows(data.get("workflows"), name)),
        uploads=_uploads(data.get("uploads"), name),
        templates=(path.parent / templates) if templates else None,
        history=history,
        grace_releases=grace_releases,
        source=name,
    )


def _header(data: dict[str, Any], key: str, file: str, pointer: str) -> str | None:
    """An HTTP header name, lower-cased (headers are case-insensitive; the SDK compares them so)."""
    value = _str(data, key, file, pointer)
    if value is not None and not _HEADER.fullmatch(value):
        raise _fail(f"`{key}` must be an HTTP header name", file, f"{pointer}/{key}")
    return value.lower() if value is not None else None


def _pagination(raw: Any, file: str) -> tuple[PagingRule, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise _fail("`pagination` maps operation keys (`GET /things`) to a scheme", file, "/pagination")
    rules = []
    for key, body in raw.items():
        pointer = pointer_join("/pagination", key)
        if isinstance(body, str):
            body = {"scheme": body}
        body = _keys(body, {"scheme", "items", "param", "field", "limit_param"}, file, pointer)
        scheme = _str(body, "scheme", file, pointer)
        if scheme not in PAGING_SCHEMES:
            raise _fail(f"`scheme` is one of: {', '.join(PAGING_SCHEMES)}", file, f"{pointer}/scheme")
        rules.append(
            PagingRule(
                str(key),
                scheme,
                **{k: _str(body, k, file, pointer) for k in ("items", "param", "field", "limit_param")},
            )
        )
    return tuple(rules)


def _history(raw: Any, path: Path, file: str) -> tuple[tuple[Path, ...], int]:
    """`history: {specs: [...], grace_releases: N}`: the earlier releases' specs (relative to
    the config), and the removal grace period."""
    if raw is None:
        return (), 0
    body = _keys(raw, {"specs", "grace_releases"}, file, "/history")
    specs = body.get("specs") or []
    if not isinstance(specs, list) or not all(isinstance(s, str) and s for s in specs):
        raise _fail("`specs` must be a list of paths, oldest first", file, "/history/specs")
    grace = body.get("grace_releases", 1)
    if not isinstance(grace, int) or isinstance(grace, bool) or grace < 0:
        raise _fail("`grace_releases` must be a whole number of releases", file, "/history/grace_releases")
    return tuple(path.parent / s for s in specs), grace


def _clients(data: dict[str, Any], name: str) -> tuple[str, str, str]:
    """The sync and async client class names, and their keyword for an httpx client."""
    clients = _keys(data.get("clients") or {}, {"sync", "async", "http_client_argument"}, name, "/clients")
    client = _str(clients, "sync", name, "/clients", "Client")
    async_client = _str(clients, "async", name, "/clients", "AsyncClient")
    argument = _str(clients, "http_client_argument", name, "/clients", "http_client")
    for key, value in (("sync", client), ("async", async_client), ("http_client_argument", argument)):
        problem = identifier_problem(value or "")
        if problem:
            raise _fail(f"client names must be Python identifiers: {problem}", name, f"/clients/{key}")
    if client == async_client:
        raise _fail("the sync and async clients need different names", name, "/clients/async")
    if argument in reserved.CREDENTIAL - {"http_client", "httpx_client"}:
        raise _fail(
            f"`{argument}` is already an argument of the clients", name, "/clients/http_client_argument"
        )
    return client or "Client", async_client or "AsyncClient", argument or "http_client"


def _environments(raw_envs: Any, name: str) -> tuple[Environment, ...]:
    environments: list[Environment] = []
    if not isinstance(raw_envs, list):
        raise _fail("`environments` must be a list", name, "/environments")
    for i, env in enumerate(raw_envs):
        env = _keys(env, {"name", "url"}, name, f"/environments/{i}")
        env_name, url = env.get("name"), env.get("url")
        if not isinstance(env_name, str) or not _IDENT.match(env_name):
            raise _fail("environment `name` must be an identifier", name, f"/environments/{i}/name")
        if not isinstance(url, str) or not re.match(r"^https?://", url):
            raise _fail("environment `url` must be an http(s) URL", name, f"/environments/{i}/url")
        if any(e.member == environment_name(env_name) for e in environments):
            raise _fail(
                f"environment name {env_name!r} is used twice (names are upper-cased)",
                name,
                f"/environments/{i}/name",
            )
        environments.append(Environment(env_name, url))
    return tuple(environments)


def _with_parents(path: Path, data: Any, name: str, depth: int) -> Any:
    """`extends: other.yaml`: the other file's settings, with this file's on top. Workflows
    merge by name, so a config for a bigger spec can add workflows to a shared base."""
    if not isinstance(data, dict) or "extends" not in data:
        return data
    parent_ref = data["extends"]
    if not isinstance(parent_ref, str):
        raise _fail("`extends` must be a path", name, "/extends")
    if depth >= _MAX_EXTENDS:
        raise _fail(f"`extends` is nested more than {_MAX_EXTENDS} deep (a cycle?)", name, "/extends")
    parent_path = path.parent / parent_ref
    try:
        parent_text = parent_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise _fail(f"cannot read {parent_path}: {exc.strerror or exc}", name, "/extends") from None
    parent = _with_parents(
        parent_path, parse_text(parent_text, str(parent_path)) or {}, str(parent_path), depth + 1
    )
    if not isinstance(parent, dict):
        raise _fail(f"{parent_path} must be a mapping", name, "/extends")
    merged = {**parent, **{k: v for k, v in data.items() if k != "extends"}}
    if isinstance(parent.get("workflows"), dict) and isinstance(data.get("workflows"), dict):
        merged["workflows"] = {**parent["workflows"], **data["workflows"]}
    merged.pop("extends", None)
    return merged


def _uploads(raw: Any, file: str) -> Uploads | None:
    if raw is None:
        return None
    fields_allowed = {
        "operation",
        "fields",
        "kinds",
        "items_field",
        "kind_field",
        "extension_field",
        "url_field",
        "path_field",
        "method",
    }
    body = _keys(raw, fields_allowed, file, "/uploads")
    operation = _str(body, "operation", file, "/uploads")
    if not operation:
        raise _fail("`uploads` needs `operation` (the one that returns upload URLs)", file, "/uploads")
    fields = body.get("fields")
    if not isinstance(fields, list) or not fields or not all(isinstance(f, str) and f for f in fields):
        raise _fail("`fields` must be a list of property-name patterns", file, "/uploads/fields")
    kinds_raw = body.get("kinds")
    if not isinstance(kinds_raw, dict) or not kinds_raw:
        raise _fail("`kinds` must map each upload kind to its file extensions", file, "/uploads/kinds")
    kinds = []
    for kind, extensions in kinds_raw.items():
        if not isinstance(extensions, list) or not all(
            isinstance(e, str) and re.match(r"^[a-z0-9]+$", e) for e in extensions
        ):
            raise _fail("extensions are lower-case, without the dot", file, f"/uploads/kinds/{kind}")
        kinds.append((str(kind), tuple(extensions)))
    names = {
        k: _str(body, k, file, "/uploads")
        for k in ("items_field", "kind_field", "extension_field", "url_field", "path_field")
    }
    method = tuple((_str(body, "method", file, "/uploads") or "").split(".")) if body.get("method") else ()
    if method and (
        len(method) < 2 or any(identifier_problem(part) or part.startswith("_") for part in method)
    ):
        raise _fail(
            "`method` is the dotted path of a method under the client (`v1.files.upload_file`)",
            file,
            "/uploads/method",
        )
    return Uploads(
        operation=operation,
        fields=tuple(fields),
        kinds=tuple(kinds),
        method=method,
        **{k: v for k, v in names.items() if v},
    )


def _creates(raw: Any, file: str, pointer: str) -> tuple[str | Selector, ...]:
    if not isinstance(raw, list):
        raise _fail("`creates` must be a list of operation keys or {tag, method} selectors", file, pointer)
    found: list[str | Selector] = []
    for i, entry in enumerate(raw):
        if isinstance(entry, str):
            found.append(entry)
            continue
        entry = _keys(entry, {"tag", "method"}, file, f"{pointer}/{i}")
        tag, method = entry.get("tag"), entry.get("method", "POST")
        if not isinstance(tag, str) or not isinstance(method, str):
            raise _fail("a selector needs a string `tag` (and optionally `method`)", file, f"{pointer}/{i}")
        found.append(Selector(tag, method.upper()))
    return tuple(found)


def _result_method(body: dict[str, Any], file: str, pointer: str) -> str | None:
    name = _str(body, "result_method", file, pointer)
    if name is not None and (identifier_problem(name) or name.startswith("_")):
        raise _fail("`result_method` must be a public Python identifier", file, f"{pointer}/result_method")
    return name


def _workflows(raw: Any, file: str) -> list[Workflow]:
    if raw is None:
        return []
    if not isinstance(raw, dict):
        raise _fail("`workflows` must be a mapping of name to workflow", file, "/workflows")
    allowed = {
        "poll",
        "creates",
        "id_field",
        "status_field",
        "success",
        "failure",
        "downloads_field",
        "download_url_field",
        "result_method",
    }
    result = []
    for wf_name, body in raw.items():
        pointer = f"/workflows/{wf_name}"
        body = _keys(body, allowed, file, pointer)
        poll = _str(body, "poll", file, pointer)
        if not poll:
            raise _fail("a workflow needs `poll` (the status operation)", file, pointer)
        creates = _creates(body.get("creates") or [], file, pointer + "/creates")

        def _strings(key: str, default: tuple[str, ...]) -> tuple[str, ...]:
            value = body.get(key)
            if value is None:
                return default
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise _fail(f"`{key}` must be a list of strings", file, f"{pointer}/{key}")
            return tuple(value)

        result.append(
            Workflow(
                name=str(wf_name),
                poll=poll,
                creates=creates,
                id_field=_str(body, "id_field", file, pointer, "id") or "id",
                status_field=_str(body, "status_field", file, pointer, "status") or "status",
                success=_strings("success", ("complete",)),
                failure=_strings("failure", ("error", "canceled")),
                downloads_field=_str(body, "downloads_field", file, pointer, "downloads") or "downloads",
                download_url_field=_str(body, "download_url_field", file, pointer, "url") or "url",
                result_method=_result_method(body, file, pointer),
            )
        )
    return result

"""The feature matrix: one small spec per feature under tests/features/<case>/openapi.yaml.

Each case has
- a golden output tree (`expected/`, the generated code without the runtime files copied from
  templates/static and without the docs, which tests/golden and tests/golden_docs cover); refresh
  with `python -m pytest tests/test_features.py --update-goldens` and review the diff;
- the generic smoke test (every operation called against the mock, every result of its declared
  type), and a behaviour test below that checks the request on the wire byte for byte (encoding,
  Content-Type, headers, cookies, auth placement, query serialization, multipart parts) and that
  responses and error bodies parse into the right types.
All the generated packages pass `mypy --strict` together (one run).
"""

from __future__ import annotations

import ast
import asyncio
import collections.abc
import base64
import contextlib
import datetime
import email.policy
import functools
import importlib
import inspect
import json
import re
import sys
import typing
import uuid
from email import message_from_bytes
from pathlib import Path
from typing import Any, Iterator

import pydantic
import pytest
import typing_extensions

import smoke
from conftest import ROOT
from generator.errors import SpecError
from generator.mock import MockServer, RecordedRequest
from generator.pipeline import Inputs, Result, build, named_api
from test_golden import check_goldens, without_static

FEATURES = Path(__file__).parent / "features"
CASES = sorted(p.name for p in FEATURES.iterdir() if (p / "openapi.yaml").is_file())


def _package(case: str) -> str:
    return f"f_{case}"


@functools.lru_cache(maxsize=None)
def _build(case: str) -> Result:
    return build(Inputs(spec=FEATURES / case / "openapi.yaml", config=FEATURES / case / "sdk.yaml"))


def _code(files: dict[str, str]) -> dict[str, str]:
    """The golden part of a tree: generated code, not the runtime copies, README or docs pages."""
    return {p: t for p, t in without_static(files).items() if p != "README.md" and not p.startswith("docs/")}


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str, update_goldens: bool) -> None:
    check_goldens(FEATURES / case / "expected", _code(_build(case).files), update_goldens)


def _unused_imports(text: str) -> list[str]:
    """Names a module imports and never uses (`__all__` and re-exports `as` themselves count
    as uses; `from __future__` is not a name)."""
    tree = ast.parse(text)
    imported: dict[str, int] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                imported[alias.asname or alias.name.split(".")[0]] = node.lineno
        elif isinstance(node, ast.ImportFrom) and node.module != "__future__":
            for alias in node.names:
                if alias.asname != alias.name:
                    imported[alias.asname or alias.name] = node.lineno
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    for node in ast.walk(tree):  # annotations written as strings (a functional TypedDict's)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.isprintable():
            try:
                used |= {
                    n.id for n in ast.walk(ast.parse(node.value, mode="eval")) if isinstance(n, ast.Name)
                }
            except SyntaxError:
                pass
    used |= {
        elt.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
        for elt in getattr(node.value, "elts", [])
        if isinstance(elt, ast.Constant)
    }
    return [f"{name} (line {line})" for name, line in sorted(imported.items()) if name not in used]


@pytest.mark.parametrize("case", CASES)
def test_no_dead_imports_and_only_the_runtime_used(case: str) -> None:
    """Every import of the generated code is used, and every runtime module copied into the SDK
    is imported by some other module of it (`_pagination` only where a list pages, ...)."""
    files = _build(case).files
    modules = {path: text for path, text in files.items() if path.endswith(".py")}
    dead = {path: names for path, text in modules.items() if (names := _unused_imports(text))}
    assert not dead, dead
    package = _package(case)
    for path in modules:
        name = path.rsplit("/", 1)[-1][: -len(".py")]
        if path.startswith(f"{package}/_") and name not in ("__init__", "_client"):
            importers = [p for p, text in modules.items() if p != path and re.search(rf"\b{name}\b", text)]
            assert importers, f"{path} is copied but nothing imports it"


def test_every_case_has_goldens_and_a_package_name() -> None:
    assert len(CASES) >= 15
    for case in CASES:
        assert (FEATURES / case / "expected").is_dir(), f"{case}: run pytest --update-goldens"
        assert _build(case).config.package == _package(case)


def test_specs_are_valid_without_lenient() -> None:
    for case in CASES:
        assert not [w for w in _build(case).diagnostics.warnings if "valid" in w.message], case


@pytest.fixture(scope="module")
def sdks(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every case generated whole (runtime included) into its own folder, importable."""
    root = tmp_path_factory.mktemp("features")
    for case in CASES:
        try:
            files = _build(case).files
        except SpecError:
            continue  # test_golden[case] reports it; the other cases still run
        for path, text in files.items():
            target = root / case / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        sys.path.insert(0, str(root / case))
    return root


@pytest.mark.slow
def test_mypy_strict(sdks: Path) -> None:
    """The packages, and every docstring example in them (the examples are what users copy)."""
    paths = []
    for case in CASES:
        if (sdks / case).is_dir():
            paths += [
                sdks / case / _package(case),
                smoke.write_docstring_examples(sdks / case, _package(case)),
            ]
    assert sum(p.read_text().count("def example_") for p in paths if p.suffix == ".py") > 100
    result = smoke.mypy(paths, cwd=sdks)
    assert result.returncode == 0, result.stdout[-20000:] + result.stderr


@pytest.mark.parametrize("case", CASES)
def test_every_operation(sdks: Path, case: str) -> None:
    spec = FEATURES / case / "openapi.yaml"
    api = named_api(Inputs(spec=spec, config=FEATURES / case / "sdk.yaml")).api
    with MockServer(spec) as server:
        for optional in (False, True):
            outcomes = smoke.run_all(
                smoke.client_for(_package(case), server.base_url),
                smoke.plan(api, server.api, optional=optional),
            )
            assert not smoke.describe(outcomes), smoke.describe(outcomes)
            assert len(outcomes) == len(api.operations)
        client = smoke.client_for(_package(case), server.base_url, async_=True)
        outcomes = asyncio.run(smoke.run_all_async(client, smoke.plan(api, server.api)))
        assert not smoke.describe(outcomes), "AsyncClient: " + smoke.describe(outcomes)


@contextlib.contextmanager
def running(case: str, **client_args: Any) -> Iterator[tuple[Any, MockServer, Any]]:
    """(client, mock server, package) for one case; the client has no retries."""
    package = importlib.import_module(_package(case))
    with MockServer(FEATURES / case / "openapi.yaml") as server:
        if client_args:
            client = package.Client(base_url=server.base_url, max_retries=0, **client_args)
        else:
            client = smoke.client_for(_package(case), server.base_url)
        yield client, server, package


def last(server: MockServer) -> RecordedRequest:
    return server.requests[-1]


def respond(server: MockServer, method: str, path: str, body: Any, status: int = 200) -> None:
    """The next matching request gets this JSON body."""
    server.add_fault(method, path, status=status, times=1, body=json.dumps(body))


def types(package: Any, kind: str) -> Any:
    return importlib.import_module(f"{package.__name__}.types.{kind}")


# --- schemas -------------------------------------------------------------------------------------


def test_refs(sdks: Path) -> None:
    """Parameters, request bodies and responses by `$ref`, and schemas referring to schemas."""
    with running("refs") as (client, server, package):
        models = types(package, "models")
        respond(
            server, "GET", "/pets/{petId}", {"id": 7, "name": "Rex", "owner": {"name": "Ann", "pets": [7, 8]}}
        )
        pet = client.pets.get(pet_id=7, verbose=True)
        assert (last(server).path, last(server).query_string) == ("/v1/pets/7", "verbose=true")
        assert (
            isinstance(pet, models.Pet) and isinstance(pet.owner, models.Owner) and pet.owner.pets == [7, 8]
        )

        client.pets.update(pet_id=7, id=7, name="Rex", owner={"name": "Ann", "pets": [7]})
        sent = last(server)
        assert (sent.method, sent.path, sent.headers["content-type"]) == (
            "PUT",
            "/v1/pets/7",
            "application/json",
        )
        assert sent.body == b'{"id":7,"name":"Rex","owner":{"name":"Ann","pets":[7]}}'

        owners = client.owners.create(name="Ann", pets=[1])
        assert isinstance(owners, list) and all(isinstance(o, models.Owner) for o in owners)

        # The 404 response is a `$ref` to a response whose schema is a `$ref`: typed error body.
        respond(server, "GET", "/pets/{petId}", {"code": 404, "message": "no such pet"}, status=404)
        with pytest.raises(package.NotFoundError) as caught:
            client.pets.get(pet_id=8)
        assert isinstance(caught.value.data, models.Error) and caught.value.data.message == "no such pet"


def test_dynamic_refs(sdks: Path) -> None:
    """`$dynamicRef` to a `$dynamicAnchor` is the reference it names (the enclosing one when
    several schemas declare it); one that names no anchor is any JSON value."""
    with running("dynamic_refs") as (client, server, package):
        models = types(package, "models")
        tree = {
            "name": "root",
            "children": [{"name": "a", "children": []}],
            "leaf": {"weight": 2},
            "loose": [1],
        }
        respond(server, "POST", "/trees", tree)
        node = client.trees.create(**tree)
        assert json.loads(last(server).body) == tree
        assert isinstance(node.children[0], models.Tree) and isinstance(node.leaf, models.Leaf)
        assert node.loose == [1]
        respond(server, "GET", "/outlines", {"title": "t", "sections": [{"title": "s"}]})
        outline = client.outlines.list()
        assert isinstance(outline.sections[0], models.Outline)


def test_recursion(sdks: Path) -> None:
    with running("recursion") as (client, server, package):
        models = types(package, "models")
        tree = {
            "name": "root",
            "children": [{"name": "a", "children": [{"name": "b"}]}],
            "parent": {"name": "up"},
        }
        respond(server, "POST", "/tree", tree)
        node = client.tree.create(**tree)
        assert json.loads(last(server).body) == tree
        assert (
            isinstance(node.children[0].children[0], models.Node) and node.children[0].children[0].name == "b"
        )
        assert isinstance(node.parent, models.Node)

        respond(
            server,
            "GET",
            "/company",
            {"name": "Co", "employees": [{"name": "P", "employer": {"name": "Co"}}]},
        )
        company = client.company.list()
        assert isinstance(company.employees[0], models.Person)
        assert isinstance(company.employees[0].employer, models.Company)

        respond(server, "GET", "/expression", [1, [2.5, [3]]])
        assert client.expression.list() == [1, [2.5, [3]]]
        respond(server, "GET", "/expression", [1, ["x"]])
        with pytest.raises(package.ResponseValidationError):
            client.expression.list()


def test_collisions(sdks: Path) -> None:
    """An inline body and response named like components, and components differing by case,
    each get their own class; the component keeps the plain name."""
    with running("collisions") as (client, server, package):
        models, params = types(package, "models"), types(package, "params")
        assert "flag" in models.WidgetsCreateBody.model_fields  # the component
        assert set(params.WidgetsCreateBody2.__annotations__) == {"label", "config"}  # the inline body
        assert "other" in models.WidgetsCreateResponse.model_fields
        assert {"name"} == set(models.Widget2.model_fields) and "widget" in models.Widget.model_fields
        assert smoke.return_type(client.widgets.create) is models.WidgetsCreateResponse2
        respond(server, "POST", "/widgets", {"id": "w1", "widget": {"id": "w1", "widget": "x"}})
        created = client.widgets.create(label="l", config={"size": 2})
        assert last(server).body == b'{"label":"l","config":{"size":2}}'
        assert isinstance(created, models.WidgetsCreateResponse2) and isinstance(
            created.widget, models.Widget
        )


def test_all_of(sdks: Path) -> None:
    with running("all_of") as (client, server, package):
        models, params = types(package, "models"), types(package, "params")
        assert list(models.Dog.model_fields) == ["name", "age", "breed", "good_boy", "created_at", "id"]
        assert {k for k, f in models.Dog.model_fields.items() if f.is_required()} == {
            "name",
            "breed",
            "created_at",
            "id",
        }
        hints = typing.get_type_hints(params.NewDog, include_extras=True)
        assert {k for k, v in hints.items() if typing.get_origin(v) is not typing_extensions.NotRequired} == {
            "name",
            "breed",
        }
        assert models.Described is models.Animal  # `allOf: [$ref]` only adds a description
        respond(
            server,
            "POST",
            "/dogs",
            {
                "name": "Rex",
                "breed": "lab",
                "created_at": "2024-01-02T03:04:05Z",
                "id": "6f1c1f7e-8f7a-4c47-9a8e-0d3a3c6b7d10",
            },
        )
        dog = client.dogs.create(name="Rex", breed="lab", age=3)
        assert last(server).body == b'{"name":"Rex","breed":"lab","age":3}'
        assert isinstance(dog.id, uuid.UUID) and dog.created_at == datetime.datetime(
            2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc
        )

        # `allOf` with a `oneOf` of objects: every branch's properties, optional unless all
        # branches require them; one the branches type differently takes any value.
        seek = typing.get_type_hints(params.Seek, include_extras=True)
        assert set(seek) == {"rated", "time", "increment", "mode", "days"}
        assert {k for k, v in seek.items() if typing.get_origin(v) is not typing_extensions.NotRequired} == {
            "mode"
        }
        client.seeks.create(time=15, increment=10, mode="blitz")  # the mock accepts both (no error)
        assert last(server).body == b'{"time":15,"increment":10,"mode":"blitz"}'
        client.seeks.create(days=3, mode=1)
        assert last(server).body == b'{"days":3,"mode":1}'

        # A required name the schema does not describe: the request must send it.
        unshare = typing.get_type_hints(params.Unshare, include_extras=True)
        assert typing.get_origin(unshare["level"]) is not typing_extensions.NotRequired
        respond(server, "DELETE", "/shares", {"user": "u1"})
        removed = client.shares.delete(user="u1", level="viewer")
        assert last(server).body == b'{"user":"u1","level":"viewer"}'
        assert "level" not in models.Unshare.model_fields and removed.user == "u1"

        # `type: array` beside an `anyOf` of typeless object shapes: a list.
        assert typing.get_origin(params.Configurations) is collections.abc.Sequence
        client.lockdowns.create(configurations=[{"target": "ip", "value": "198.51.100.4"}])
        assert last(server).body == b'{"configurations":[{"target":"ip","value":"198.51.100.4"}]}'

        # `readOnly` in an `allOf` member of the property: not sent, still read.
        assert "id" not in typing.get_type_hints(params.Ruleset) and "id" in models.Ruleset.model_fields
        respond(server, "POST", "/rulesets", {"id": "r1", "name": "n"})
        assert client.rulesets.create(name="n").id == "r1"
        assert last(server).body == b'{"name":"n"}'


def test_unions(sdks: Path) -> None:
    with running("unions") as (client, server, package):
        models = types(package, "models")
        respond(server, "POST", "/shapes", {"kind": "square", "side": 2})
        shape = client.shapes.create(body={"kind": "circle", "radius": 1.5})
        assert last(server).body == b'{"kind":"circle","radius":1.5}'
        assert type(shape) is models.Square  # discriminator with a mapping

        respond(
            server, "GET", "/pets", [{"petType": "Cat", "meows": True}, {"petType": "Dog", "barks": False}]
        )
        assert [type(p) for p in client.pets.list()] == [models.Cat, models.Dog]  # implicit mapping
        respond(server, "GET", "/pets", [{"petType": "Bird"}])
        with pytest.raises(package.ResponseValidationError):
            client.pets.list()

        # No discriminator: the value's own JSON type picks the member.
        for body, expected in (("text", str), (3, int), ({"x": 1, "y": 2}, models.Point)):
            respond(server, "GET", "/values", body)
            assert type(client.values.list()) is expected


def test_nullable_30(sdks: Path) -> None:
    with running("nullable_30") as (client, server, package):
        models, enums = types(package, "models"), types(package, "enums")
        client.items.update(id="i1", note=None, tag=None)
        assert last(server).body == b'{"note":null,"tag":null}'  # None is sent, not dropped
        client.items.update(id="i1")
        assert last(server).body == b"{}"
        respond(
            server,
            "PATCH",
            "/items/{id}",
            {"id": "i1", "note": None, "tag": None, "color": None, "scores": [1, None]}
            | {"window": None, "last_window": None, "next_window": None},
        )
        item = client.items.update(id="i1")
        assert (item.note, item.tag, item.color, item.scores) == (None, None, None, [1, None])
        assert (item.window, item.last_window, item.next_window) == (None, None, None)
        respond(
            server,
            "PATCH",
            "/items/{id}",
            {"id": "i1", "note": "n", "tag": {"name": "t"}, "color": "red", "scores": None}
            | {"window": {"start": "s"}, "last_window": {"start": "s"}, "next_window": {"start": "s"}},
        )
        item = client.items.update(id="i1")
        assert (
            isinstance(item.tag, models.Tag) and item.color is enums.ItemColorEnum.RED and item.scores is None
        )


def test_types_31(sdks: Path) -> None:
    """3.1: `type: [x, "null"]`, `oneOf`/`anyOf` with `{type: "null"}`, `const`, type lists."""
    with running("types_31") as (client, server, package):
        models = types(package, "models")
        hints = typing.get_type_hints(models.Event)
        assert hints["when"] == typing.Optional[datetime.datetime]
        assert hints["meta"] == typing.Optional[models.Meta]
        assert hints["kind"] == typing.Literal["event"] and hints["version"] == typing.Literal[2]
        event = {"kind": "event", "version": 2, "title": None, "count": None, "when": None, "meta": None}
        respond(
            server,
            "POST",
            "/events",
            {**event, "when": "2024-01-02T03:04:05Z", "meta": {"source": "s"}, "either": 4},
        )
        got = client.events.create(**event)
        assert json.loads(last(server).body) == event
        assert got.when == datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
        assert isinstance(got.meta, models.Meta) and got.either == 4
        respond(server, "POST", "/events", {**event, "kind": "other"})
        with pytest.raises(package.ResponseValidationError):
            client.events.create(**event)


def test_enums(sdks: Path) -> None:
    with running("enums") as (client, server, package):
        enums = types(package, "enums")
        respond(
            server, "GET", "/jobs", [{"priority": 2, "state": "16:9"}, {"priority": 9, "state": "new-state"}]
        )
        jobs = client.jobs.list(priority=enums.Priority.VALUE_3, state="16:9")
        assert last(server).query_string == "priority=3&state=16%3A9"
        assert jobs[0].priority is enums.Priority.VALUE_2 and jobs[0].state is enums.JobStateEnum.VALUE_16_9
        # Values added to the API later parse, keeping the raw value.
        assert (jobs[1].priority.value, jobs[1].priority.name) == (9, "UNKNOWN")
        assert jobs[1].state == "new-state"
        client.jobs.list(priority=-1)
        assert last(server).query_string == "priority=-1"


def test_additional_properties(sdks: Path) -> None:
    with running("additional_properties") as (client, server, package):
        models = types(package, "models")
        respond(
            server,
            "PUT",
            "/config",
            {"name": "n", "labels": {"a": "b"}, "limits": {"x": {"max": 1}}, "new_field": True},
        )
        config = client.config.update(
            name="n", labels={"a": "b"}, limits={"x": {"max": 1}}, anything={"k": [1]}
        )
        assert (
            last(server).body
            == b'{"name":"n","labels":{"a":"b"},"limits":{"x":{"max":1}},"anything":{"k":[1]}}'
        )
        assert isinstance(config.limits["x"], models.Limit) and config.labels == {"a": "b"}
        assert config.model_extra == {"new_field": True}  # fields the spec does not know are kept
        respond(server, "GET", "/counts", {"a": 1, "b": 2})
        assert client.counts.list() == {"a": 1, "b": 2}
        tagged = models.Tagged.model_validate({"id": "t", "weight": 1.5})
        assert tagged.model_extra == {"weight": 1.5}  # typed extra fields
        with pytest.raises(pydantic.ValidationError):
            models.Tagged.model_validate({"id": "t", "weight": "heavy"})


def test_read_write_only(sdks: Path) -> None:
    with running("read_write_only") as (client, server, package):
        models, params = types(package, "models"), types(package, "params")
        assert set(typing.get_type_hints(params.User)) == {"email", "password"}  # no read-only `id`
        assert "password" not in models.User.model_fields and "id" in models.User.model_fields
        respond(
            server,
            "POST",
            "/users",
            {"id": "u1", "email": "e@x", "created_at": "2024-01-02T03:04:05Z"},
            status=201,
        )
        user = client.users.create(email="e@x", password="pw")
        assert last(server).body == b'{"email":"e@x","password":"pw"}'
        assert user.id == "u1" and isinstance(user.created_at, datetime.datetime)
        client.users.touch.create(id="u1")
        assert last(server).body == b"{}"


def test_formats_and_defaults(sdks: Path) -> None:
    with running("formats_defaults") as (client, server, package):
        models, enums = types(package, "models"), types(package, "enums")
        id_ = uuid.UUID("6f1c1f7e-8f7a-4c47-9a8e-0d3a3c6b7d10")
        at = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
        respond(
            server,
            "POST",
            "/records",
            {"id": str(id_), "at": "2024-01-02T03:04:05Z", "day": "2024-01-02", "blob": "AAH/"},
        )
        record = client.records.create(
            id=id_,
            at=at,
            day=datetime.date(2024, 1, 2),
            blob=b"\x00\x01\xff",
            since=datetime.date(2024, 1, 1),
        )
        sent = last(server)
        assert sent.query_string == "since=2024-01-01"  # a default is the server's business: not sent
        assert (
            sent.body
            == b'{"id":"6f1c1f7e-8f7a-4c47-9a8e-0d3a3c6b7d10","at":"2024-01-02T03:04:05+00:00","day":"2024-01-02","blob":"AAH/"}'
        )
        assert (record.id, record.at, record.day, record.blob) == (
            id_,
            at,
            datetime.date(2024, 1, 2),
            b"\x00\x01\xff",
        )
        # Defaults fill in what the response leaves out.
        assert (record.ratio, record.enabled, record.mode, record.name) == (
            0.5,
            True,
            enums.RecordModeEnum.SLOW,
            "unnamed",
        )
        assert isinstance(record, models.Record)


# --- parameters ----------------------------------------------------------------------------------


def test_path_params(sdks: Path) -> None:
    with running("path_params") as (client, server, package):
        client.orgs.items.get(org="a b/c?d", item_id=5)
        assert last(server).path == "/api/v2/orgs/a%20b%2Fc%3Fd/items/5"  # one segment, whatever it holds
        client.orgs.items.archive.create(org="o", item_id=5, reason="old")
        assert (last(server).method, last(server).path) == ("POST", "/api/v2/orgs/o/items/5")
        assert last(server).query_string == "reason=old"  # not lost in a fragment
        file_id = uuid.UUID("6f1c1f7e-8f7a-4c47-9a8e-0d3a3c6b7d10")
        text = client.files.get(file_id=file_id, ext="csv")
        assert last(server).path == f"/api/v2/files/{file_id}.csv" and isinstance(text, str)
        assert client.colors.get(ids=[1, 2, 3]) is None  # 204
        assert last(server).path == "/api/v2/colors/1,2,3"  # style simple: comma-separated
        assert client.styled.get(a=5, b=["x", "y z"], c=[1, 2], d={"lat": 1.5, "lon": 2}) is None
        assert last(server).path == "/api/v2/styled/.5/.x.y%20z/;c=1,2/;lat=1.5;lon=2"


def test_servers(sdks: Path) -> None:
    """Server URLs are sent to with their variables at their defaults; an operation's own server
    (on it or on its path) replaces the client's, unless the caller chose the base URL."""
    import httpx

    package = importlib.import_module("f_servers")
    assert [(e.name, e.value) for e in package.Environment] == [
        ("PRODUCTION", "http://localhost/api/v2"),
        ("SERVER_2", "https://staging.example.com/api/v2"),
    ]
    source = " ".join(inspect.getsource(package.environment).split())  # member docstrings are for readers
    assert (
        'PRODUCTION = "http://localhost/api/v2" """The API, by version. The spec writes this URL as' in source
    )
    assert (
        "`http://{host}/api/{version}`, with `host` = `localhost`, `version` = `v2` (the spec also allows `v1`)"
        in source
    )

    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(f"{request.method} {request.url}")
        return httpx.Response(200, json=[]) if request.method == "GET" else httpx.Response(204)

    def calls(**client_args: Any) -> list[str]:
        sent.clear()
        client = package.Client(
            http_client=httpx.Client(transport=httpx.MockTransport(handler)), **client_args
        )
        client.things.list()
        client.uploads.update(body=b"x")
        client.uploads.delete()
        return list(sent)

    assert calls() == [
        "GET http://localhost/api/v2/things",
        "PUT https://eu.uploads.example.com/uploads",
        "DELETE https://cleanup.example.com/uploads",
    ]
    assert (
        calls(environment=package.Environment.SERVER_2)[0] == "GET https://staging.example.com/api/v2/things"
    )
    assert calls(base_url="http://127.0.0.1:9/mock") == [
        "GET http://127.0.0.1:9/mock/things",
        "PUT http://127.0.0.1:9/mock/uploads",
        "DELETE http://127.0.0.1:9/mock/uploads",
    ]
    doc = " ".join(package.resources.uploads.UploadsResource.update.__doc__.split())
    assert "Sent to `https://eu.uploads.example.com`, unless the client was given a base URL." in doc


def test_the_runtime_holds_only_what_the_sdk_uses(sdks: Path) -> None:
    # Deprecation warnings, jobs, uploads and streams are runtime modules of their own: an SDK
    # without deprecated inputs, long-running jobs or streamed responses does not ship them.
    for case in CASES:
        files = set(_build(case).files)
        deprecations = any("_deprecation import" in text for text in _build(case).files.values())
        assert (f"{_package(case)}/_deprecation.py" in files) == deprecations, case
        assert (f"{_package(case)}/_streaming.py" in files) == (case == "streaming"), case
        assert (
            f"{_package(case)}/_jobs.py" not in files and f"{_package(case)}/_uploads.py" not in files
        ), case
    # The Magic Hour SDK has both (committed, and kept in sync by `generator check`).
    assert {"_deprecation.py", "_jobs.py"} <= {p.name for p in (ROOT / "generated" / "magic_hour").iterdir()}


def test_query_arrays(sdks: Path) -> None:
    """Each style and explode, byte for byte; values are percent-encoded, delimiters are not."""
    with running("query_arrays") as (client, server, package):
        client.search.list(form_exploded=["a", "b"])
        assert last(server).query_string == "form_exploded=a&form_exploded=b"
        client.search.list(form_flat=["a", "b c", "d,e"])
        assert last(server).query_string == "form_flat=a,b%20c,d%2Ce"
        client.search.list(spaced=["a", "b"])
        assert last(server).query_string == "spaced=a%20b"
        client.search.list(piped=[1, 2])
        assert last(server).query_string == "piped=1|2"
        client.search.list(text="a b&c=d/é", flag=False)
        assert last(server).query_string == "text=a%20b%26c%3Dd%2F%C3%A9&flag=false"
        client.search.list(form_exploded=[], form_flat=[])
        assert last(server).query_string == "form_flat="
        assert last(server).query == {"form_flat": [""]}


def test_query_objects(sdks: Path) -> None:
    with running("query_objects") as (client, server, package):
        client.products.list(filter={"color": "red", "max_price": 9.5})
        assert last(server).query_string == "filter[color]=red&filter[max_price]=9.5"
        client.products.list(page={"offset": 10, "size": 5})
        assert last(server).query_string == "offset=10&size=5"
        client.products.list(point={"x": 1, "y": 2})
        assert last(server).query_string == "point=x,1,y,2"
        client.products.list(where={"name": "a b"})  # `content: application/json`: one JSON text
        assert last(server).query_string == "where=%7B%22name%22%3A%22a%20b%22%7D"
        assert last(server).query == {"where": ['{"name":"a b"}']}


def test_params_nested(sdks: Path) -> None:
    """Path and header objects holding objects or lists: the outer value in its style, each
    nested value as JSON text (percent-encoded in a path); the mock reads them back."""
    with running("params_nested") as (client, server, package):
        flt = {"kind": "a b", "range": {"from": 1, "to": 2}, "tags": ["x", "y"]}
        client.reports.get(filter=flt, x_filter=flt, x_page={"size": 2, "after": "c"})
        sent = last(server)
        assert (
            sent.path
            == "/reports/kind,a%20b,range,%7B%22from%22%3A1%2C%22to%22%3A2%7D,tags,%5B%22x%22%2C%22y%22%5D"
        )
        assert sent.headers["x-filter"] == 'kind=a b,range={"from":1,"to":2},tags=["x","y"]'
        assert sent.headers["x-page"] == "size=2,after=c"  # a flat object, exploded
        assert (
            client.items.get(
                selector={"kind": "k", "range": {"from": 3}}, x_ranges=[{"from": 1}, {"from": 2, "to": 3}]
            )
            is None
        )
        sent = last(server)
        assert sent.path == "/items/;kind=k;range=%7B%22from%22%3A3%7D"
        assert sent.headers["x-ranges"] == '{"from":1},{"from":2,"to":3}'
        # The mock decodes what was sent: a nested value of the wrong type is refused.
        with pytest.raises(package.BadRequestError):
            client.reports.get(filter={"kind": "k", "range": {"to": 2}}, x_filter={"kind": "k"})


def test_headers_and_cookies(sdks: Path) -> None:
    with running("headers_cookies") as (client, server, package):
        assert "accept" not in inspect.signature(client.session.list).parameters  # OpenAPI: ignored
        client.session.list(
            x_request_id="r1", session_id="s1", x_retry_count=2, x_flags=["a", "b"], theme="dark"
        )
        sent = last(server)
        assert (sent.headers["x-request-id"], sent.headers["x-retry-count"], sent.headers["x-flags"]) == (
            "r1",
            "2",
            "a,b",
        )
        assert sent.headers["cookie"] == "session_id=s1; theme=dark"
        client.session.list(x_request_id="r2", session_id="s2")
        sent = last(server)
        assert "x-retry-count" not in sent.headers and sent.headers["cookie"] == "session_id=s2"


def _grace_calls() -> list[tuple[str, Any]]:
    """(what, call) of calls that pass everything the grace case's previous release deprecated
    and its current one removed: query, header and cookie parameters, a top-level form field, a
    nested field, with and without `**body`."""
    return [
        (
            "list",
            lambda c: c.items.list(
                limit=2, x_trace_id="t", sort="name", x_legacy_token="x", session_hint="h"
            ),
        ),
        ("create", lambda c: c.items.create(item_name="a", dry_run=True, options=GRACE_OPTIONS)),
        (
            "update",
            lambda c: c.items.update(item_id=3, name="b", notify=True, name_="old", options=GRACE_OPTIONS),
        ),
        ("note", lambda c: c.notes.create(note_text="hi", tag="x")),
    ]


GRACE_OPTIONS = {"colour": "red", "legacy_mode": "fast"}


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_grace_period_keeps_removed_parameters_unsent(sdks: Path, mode: str) -> None:
    package = importlib.import_module(_package("grace"))
    with MockServer(FEATURES / "grace" / "openapi.yaml") as server:
        client = smoke.client_for(package.__name__, server.base_url, async_=mode == "async")

        async def call_all() -> None:
            for _, call in _grace_calls():
                result = call(client)
                if inspect.isawaitable(result):
                    await result

        with pytest.warns(DeprecationWarning) as caught:
            asyncio.run(call_all())
        listed, created, updated, noted = server.requests
    messages = sorted(str(w.message) for w in caught if w.category is DeprecationWarning)
    # One warning per removed argument or field passed, each naming the release that removed it.
    shown = ["dry_run", "name_", "notify", "options['legacy_mode']", "options['legacy_mode']", "session_hint"]
    shown += ["sort", "tag", "x_legacy_token"]
    assert [m.split("`")[1] for m in messages] == shown
    assert all("in release 2.0.0; it is not sent" in m for m in messages)
    assert all(w.filename == __file__ for w in caught), "the warning points at the caller's line"
    assert (listed.path, listed.query_string, listed.headers["x-trace-id"]) == ("/items", "limit=2", "t")
    assert "x-legacy-token" not in listed.headers and "cookie" not in listed.headers
    assert (created.query_string, created.json()) == ("", {"item-name": "a", "options": {"colour": "red"}})
    assert (updated.path, updated.query_string) == ("/items/3", "")
    assert updated.json() == {"name": "b", "options": {"colour": "red"}}
    assert noted.body == b"note-text=hi"
    assert GRACE_OPTIONS == {"colour": "red", "legacy_mode": "fast"}, "the caller's dict is not changed"


def test_grace_period_keeps_only_what_was_deprecated(sdks: Path) -> None:
    """`page` went away without a deprecation first: no grace, a call that passes it fails."""
    with running("grace") as (client, server, package):
        with pytest.raises(TypeError, match="page"):
            client.items.update(item_id=3, name="b", page=2)
        assert "page" not in inspect.signature(client.items.list).parameters
        assert server.requests == []


# --- bodies --------------------------------------------------------------------------------------


def test_form_body(sdks: Path) -> None:
    with running("body_form") as (client, server, package):
        token = client.tokens.create(
            grant_type="client_credentials", scope=["read", "write all"], note="a&b=c", count=2, active=True
        )
        sent = last(server)
        assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
        assert (
            sent.body
            == b"grant_type=client_credentials&scope=read&scope=write+all&note=a%26b%3Dc&count=2&active=true"
        )
        assert isinstance(token.access_token, str)

        # `encoding` styles: nested brackets, delimiters, spread and joined fields.
        charge = client.charges.create(
            amount=100,
            card={"number": "4242", "exp": {"month": 1, "year": 2030}},
            expand=["customer", "invoice"],
            tags=["a", "b c"],
            ids=[1, 2],
            words=["x", "y"],
            metadata={"order": "7"},
        )
        assert last(server).body == (
            b"amount=100&card%5Bnumber%5D=4242&card%5Bexp%5D%5Bmonth%5D=1&card%5Bexp%5D%5Byear%5D=2030"
            b"&expand%5B0%5D=customer&expand%5B1%5D=invoice&tags=a%7Cb+c&ids=1%2C2&words=x+y&order=7"
        )
        assert isinstance(charge.id, str)


def _parts(request: RecordedRequest) -> list[tuple[str, str | None, str | None, bytes]]:
    """(name, filename, content type, content) of each part of a multipart request."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = message_from_bytes(head + request.body, policy=email.policy.HTTP)
    found = []
    for part in message.iter_parts():
        disposition = part.get("content-disposition")
        found.append(
            (
                part.get_param("name", header="content-disposition"),
                part.get_filename(),
                part.get_content_type() if part.get("content-type") else None,
                part.get_payload(decode=True),
            )
        )
        assert disposition.startswith("form-data")
    return found


def test_multipart_body(sdks: Path) -> None:
    with running("body_multipart") as (client, server, package):
        client.uploads.create(
            file=("photo.png", b"\x89PNG", "image/png"),
            title="Hi",
            thumbnails=[("t1.jpg", b"1"), b"2"],
            tags=["a", "b"],
            size=3,
        )
        sent = last(server)
        assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
        assert _parts(sent) == [
            ("title", None, None, b"Hi"),
            ("tags", None, None, b"a"),
            ("tags", None, None, b"b"),
            ("size", None, None, b"3"),
            ("file", "photo.png", "image/png", b"\x89PNG"),
            ("thumbnails", "t1.jpg", "image/jpeg", b"1"),
            ("thumbnails", "upload", "application/octet-stream", b"2"),
        ]
        client.uploads.create(file=b"raw", title="only required")
        assert [p[:2] for p in _parts(last(server))] == [("title", None), ("file", "upload")]
        # No field given: still a multipart body (the closing delimiter), which the mock
        # accepts for a required body; httpx alone would send nothing.
        client.avatars.create()
        sent = last(server)
        assert sent.headers["content-type"] == "multipart/form-data; boundary=sdk-empty-form"
        assert sent.body == b"--sdk-empty-form--\r\n" and _parts(sent) == []


def test_multipart_encoding(sdks: Path) -> None:
    """Each part as the `encoding` says: JSON objects (by default) and JSON or Markdown by its
    `contentType`, a styled field as form text parts; the mock decodes them all back."""
    with running("multipart_encoding") as (client, server, package):
        client.documents.create(
            file=("a.pdf", b"%PDF", "application/pdf"),
            meta={"title": "Été", "pages": 2},
            labels=[{"name": "x"}, {"name": "y"}],
            note="# Hi",
            count=3,
            tags=["a", "b"],
            filter={"kind": "k", "size": 1},
            signature="s",
        )
        assert _parts(last(server)) == [
            ("meta", None, "application/json", '{"title":"Été","pages":2}'.encode()),
            ("labels", None, "application/json", b'{"name":"x"}'),
            ("labels", None, "application/json", b'{"name":"y"}'),
            ("note", None, "text/markdown", b"# Hi"),
            ("count", None, "application/json", b"3"),
            ("tags", None, None, b"a|b"),
            ("filter[kind]", None, None, b"k"),
            ("filter[size]", None, None, b"1"),
            ("signature", None, None, b"s"),
            ("file", "a.pdf", "application/pdf", b"%PDF"),
        ]
        # What the mock decoded is checked against the schema: a JSON part of the wrong shape fails.
        with pytest.raises(package.UnprocessableEntityError):
            client.documents.create(file=b"%PDF", meta={"pages": 2})  # type: ignore[typeddict-item]


def test_raw_bodies(sdks: Path) -> None:
    with running("body_raw") as (client, server, package):
        assert client.blobs.update(name="b1", body=b"\x00\x01binary") is None
        sent = last(server)
        assert (sent.method, sent.headers["content-type"], sent.body) == (
            "PUT",
            "application/octet-stream",
            b"\x00\x01binary",
        )
        note = client.notes.create(body="plain text ✓")
        sent = last(server)
        assert sent.headers["content-type"] == "text/plain" and sent.body == "plain text ✓".encode()
        assert isinstance(note.id, str)
        client.images.create(body=b"\x89PNG")
        assert last(server).headers["content-type"] == "image/png" and last(server).body == b"\x89PNG"


# --- responses -----------------------------------------------------------------------------------


def test_response_kinds(sdks: Path) -> None:
    with running("responses_kinds") as (client, server, package):
        models = types(package, "models")
        assert isinstance(client.report_json.list(), models.ReportJsonListResponse)
        assert client.report_txt.list() == "hello, text"
        pdf = client.report_pdf.list()
        assert isinstance(pdf, bytes) and pdf
        assert client.report.delete() is None
        assert smoke.return_type(client.report.delete) is type(None)
        assert all(isinstance(s, str) for s in client.report.list.list())
        respond(server, "GET", "/report/vendor", {"v": 3})
        assert client.report.vendor.list().v == 3
        # Accept says what the spec says comes back (a server may choose by it); a caller's wins.
        accepts = {}
        for name, call in {
            "json": client.report_json.list,
            "txt": client.report_txt.list,
            "pdf": client.report_pdf.list,
            "vendor": client.report.vendor.list,
        }.items():
            call()
            accepts[name] = last(server).headers["accept"]
        assert accepts == {
            "json": "application/json",
            "txt": "text/plain",
            "pdf": "application/pdf",
            "vendor": "application/vnd.example+json",
        }
        client.report_pdf.list(request_options={"headers": {"accept": "application/pdf;q=1, */*"}})
        assert last(server).headers["accept"] == "application/pdf;q=1, */*"


def _busy(client: Any) -> int:
    """Connections of the client's pool that are still serving a response."""
    pool = client._core.http._transport._pool
    return sum(1 for connection in pool.connections if not connection.is_idle())


def test_streamed_responses(sdks: Path) -> None:
    """SSE and ndjson bodies come back item by item, each parsed into the item type, and the
    connection goes back to the pool however the loop ends."""
    with running("streaming") as (client, server, package):
        models = types(package, "models")
        tokens = list(client.chat.create(prompt="hi"))
        assert last(server).headers["accept"] == "text/event-stream"
        # Three events (one of them JSON over several `data:` lines), then `[DONE]`.
        assert len(tokens) == 3 and all(isinstance(t, models.Token) for t in tokens)
        events = list(client.conversations.events.list(id="c1"))
        assert [type(e.data) for e in events] == [models.Token] * 3
        assert [e.id for e in events] == ["0", "1", "2"]
        ticks = list(client.ticks.list())
        assert [(t.data, t.id, t.event) for t in ticks] == [
            (f"tick {n}", str(n), "message") for n in range(3)
        ]
        assert isinstance(ticks[0], package._streaming.ServerSentEvent)
        logs = list(client.logs.list())
        assert len(logs) == 3 and all(isinstance(r, models.LogRecord) for r in logs)
        assert all(isinstance(w, models.WatchEvent) for w in client.pods.watch.list())
        assert _busy(client) == 0

        # Breaking out of the loop, or leaving a `with` early, closes the response.
        for _ in client.chat.create(prompt="hi"):
            break
        assert _busy(client) == 0
        with client.logs.list() as stream:
            assert isinstance(next(stream), models.LogRecord)
            assert _busy(client) == 1
        assert _busy(client) == 0

        # An error status raises before any item, as for any call, with its body read.
        respond(server, "POST", "/chat", {"message": "no"}, status=400)
        with pytest.raises(package.BadRequestError):
            client.chat.create(prompt="hi")
        assert _busy(client) == 0


def test_server_sent_events_parsing(sdks: Path) -> None:
    """The SSE rules: comments skipped, multi-line `data:` joined with newlines, `event:` and
    `id:` kept, a nameless event is `message`, `[DONE]` ends the stream (nothing after it is
    read), and a last event without its blank line still counts."""
    with running("streaming") as (client, server, package):
        raw = (
            ": keep-alive\n\n"
            "event: note\nid: 7\ndata: first\ndata: second\n\n"
            "data:no space\n\n"
            "retry: 1500\ndata: last"
        )
        server.add_fault("GET", "/ticks", status=200, times=1, body=raw)
        events = list(client.ticks.list())
        assert [(e.event, e.id, e.data, e.retry) for e in events] == [
            ("note", "7", "first\nsecond", None),
            ("message", "7", "no space", None),  # the last event id carries over
            ("message", "7", "last", 1500),
        ]
        done = 'data: {"text": "a", "index": 0}\n\ndata: [DONE]\n\ndata: {"text": "never"}\n\n'
        server.add_fault("POST", "/chat", status=200, times=1, body=done)
        assert [t.text for t in client.chat.create(prompt="hi")] == ["a"]
        # An item that does not match its schema fails as a response that does not.
        server.add_fault("GET", "/logs", status=200, times=1, body='{"level": "loud"}\n')
        with pytest.raises(package.ResponseValidationError):
            list(client.logs.list())
        assert _busy(client) == 0


def test_streamed_responses_async(sdks: Path) -> None:
    async def main(client: Any, models: Any) -> None:
        tokens = [t async for t in await client.chat.create(prompt="hi")]
        assert len(tokens) == 3 and all(isinstance(t, models.Token) for t in tokens)
        records = [r async for r in await client.logs.list()]
        assert all(isinstance(r, models.LogRecord) for r in records) and len(records) == 3
        async with await client.chat.create(prompt="hi") as stream:
            async for _ in stream:
                break
        assert _busy(client) == 0
        await client.close()

    with running("streaming") as (_, server, package):
        client = smoke.client_for(package.__name__, server.base_url, async_=True)
        asyncio.run(main(client, types(package, "models")))


def test_several_success_and_error_responses(sdks: Path) -> None:
    with running("responses_multi") as (client, server, package):
        models = types(package, "models")
        respond(server, "POST", "/orders", {"id": "o1", "item": "x"}, status=201)
        assert type(client.orders.create(item="x")) is models.Order
        respond(server, "POST", "/orders", {"ticket": "t1"}, status=202)
        assert type(client.orders.create(item="x")) is models.Queued

        errors = (
            (
                400,
                {"errors": [{"field": "item", "message": "bad"}]},
                package.BadRequestError,
                models.ValidationError,
            ),
            (409, {"existing_id": "o0"}, package.ConflictError, models.Conflict),
            (503, {"title": "down", "status": 503}, package.ApiError, models.Problem),  # 5XX
            (418, {"title": "teapot"}, package.ApiError, models.Problem),  # default
        )
        for status, body, error, data in errors:
            respond(server, "POST", "/orders", body, status=status)
            with pytest.raises(error) as caught:
                client.orders.create(item="x")
            assert caught.value.status_code == status and type(caught.value.data) is data, status
        respond(server, "POST", "/orders", {"unexpected": True}, status=409)
        with pytest.raises(package.ConflictError) as caught:
            client.orders.create(item="x")
        assert caught.value.data is None and caught.value.body == {"unexpected": True}

        respond(server, "GET", "/orders/{id}", {"id": "o1", "item": "x"})
        assert type(client.orders.get(id="o1")) is models.Order
        server.add_fault("GET", "/orders/{id}", status=204, times=1, body=b"")
        assert client.orders.get(id="o1") is None
        respond(server, "GET", "/orders/{id}", {"detail": "nope"}, status=404)
        with pytest.raises(package.NotFoundError) as caught:
            client.orders.get(id="o2")
        assert caught.value.data.detail == "nope"

        # JSON, text and a file from one operation: the union of the three, read by status.
        assert type(client.orders.receipt.list(id="o1")) is models.Order
        server.add_fault("GET", "/orders/{id}/receipt", status=203, times=1, body="1 x item")
        assert client.orders.receipt.list(id="o1") == "1 x item"
        server.add_fault("GET", "/orders/{id}/receipt", status=206, times=1, body=b"%PDF\x00")
        assert client.orders.receipt.list(id="o1") == b"%PDF\x00"
        assert last(server).headers["accept"] == "application/json, text/plain, application/pdf"


# --- auth ----------------------------------------------------------------------------------------


def test_security_schemes(sdks: Path) -> None:
    package = importlib.import_module("f_security")
    credentials = set(inspect.signature(package.Client.__init__).parameters) - {
        "self",
        "environment",
        "base_url",
        "timeout",
        "max_retries",
        "headers",
        "http_client",
    }
    assert credentials == {"token", "username", "password", "header_key", "query_key", "cookie_key"}
    basic = "Basic " + base64.b64encode(b"ann:pw").decode()
    with running(
        "security",
        token="tok",
        username="ann",
        password="pw",
        header_key="hk",
        query_key="qk",
        cookie_key="ck",
    ) as (client, server, _):
        expected = {
            "me": ({"authorization": "Bearer tok"}, "", None),
            "basic": ({"authorization": basic}, "", None),
            "key_header": ({"x-api-key": "hk"}, "", None),
            "key_query": ({}, "api_key=qk", None),
            "key_cookie": ({}, "", "sid=ck"),
            "public": ({}, "", None),
            "either": ({"x-api-key": "hk"}, "", None),  # the first requirement that can be met
            "optional": ({"authorization": "Bearer tok"}, "", None),
        }
        for resource, (headers, query, cookie) in expected.items():
            assert getattr(client, resource).list().ok in (True, False, None)
            sent = last(server)
            sent_auth = {k: v for k, v in sent.headers.items() if k in ("authorization", "x-api-key")}
            assert (sent_auth, sent.query_string, sent.headers.get("cookie")) == (
                headers,
                query,
                cookie,
            ), resource

    with running("security", token="tok", query_key="q k") as (client, server, _):
        client.either.list()  # no header key: bearer and query key together
        assert (last(server).headers["authorization"], last(server).query_string) == (
            "Bearer tok",
            "api_key=q%20k",
        )
    with running("security", header_key="hk") as (client, server, package):
        assert client.public.list() is not None and "authorization" not in last(server).headers
        assert client.optional.list() is not None and "authorization" not in last(server).headers
        with pytest.raises(package.AuthenticationError):
            client.me.list()  # no token: sent without, and the mock says 401


# --- layout --------------------------------------------------------------------------------------


def test_grouping_by_tags_with_operation_ids(sdks: Path) -> None:
    with running("grouping_tags") as (client, server, package):
        assert client.billing_accounts.list_accounts() is not None
        assert client.billing_accounts.accounts_create() is not None
        assert client.users.get_user_by_id(id="u1") is not None and last(server).path == "/v1/users/u1"
        assert client.default.get_v1_health() is not None  # no tag, no operationId


def test_method_names_fallback(sdks: Path) -> None:
    """No operationIds: names from the HTTP method and path; two wanting the same name fall
    back to the operationId when there is one."""
    with running("method_names") as (client, server, package):
        projects = client.v1.projects
        names = {n for n in dir(type(projects)) if not n.startswith("_")}
        assert names == {
            "list",
            "create",
            "get",
            "update",
            "delete",
            "patch_project_partially",
            "archive",
            "with_raw_response",
            "with_streaming_response",
        }
        projects.update(id="p1")
        assert (last(server).method, last(server).path) == ("PUT", "/v1/projects/p1")
        projects.patch_project_partially(id="p1")
        assert last(server).method == "PATCH"
        assert projects.archive.create(id="p1") is None and last(server).path == "/v1/projects/p1/archive"
        assert client.root.list() is not None and last(server).path == "/"


def test_webhooks(sdks: Path) -> None:
    package = importlib.import_module("f_webhooks")
    webhooks = importlib.import_module("f_webhooks.webhooks")
    models = types(package, "models")
    paid = webhooks.parse_order_paid(b'{"order_id": "o1", "amount": 5, "paid_at": null}')
    assert isinstance(paid, models.OrderPaid) and paid.paid_at is None
    paid = webhooks.parse_order_paid('{"order_id": "o1", "amount": 5, "paid_at": "2024-01-02T03:04:05Z"}')
    assert isinstance(paid.paid_at, datetime.datetime)
    batch = webhooks.parse_event_batch(b'[{"order_id": "o2", "amount": 1}, {"type": "ping"}]')
    assert isinstance(batch[0], models.OrderPaid) and batch[1].type == "ping"
    with pytest.raises(pydantic.ValidationError):
        webhooks.parse_order_paid(b'{"order_id": "o1"}')
    with running("webhooks") as (client, server, _):
        assert client.subscriptions.create(url="https://example.com/hook").id
        assert last(server).body == b'{"url":"https://example.com/hook"}'

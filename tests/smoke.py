"""Call every operation of a generated SDK against the mock of its own spec.

Shared by the corpus test, the feature matrix and the synthetic large spec. Arguments come from
the mock's request synthesizer (`generator.mock.synth.Synth` in request mode, the same values
`generator.mock.sample` sends), converted to what the SDK's keyword arguments take (bytes for
files and base64 fields) and routed to keyword names through the named IR. Each response is
checked against the method's return annotation (`conforms`), recursively, so a response that
parsed into the wrong type (or into `None` where a model was declared) fails.
"""

from __future__ import annotations

import ast
import base64
import json
import importlib
import inspect
import os
import re
import subprocess
import sys
import textwrap
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pydantic

from generator import ir
from generator.load import Located
from generator.mock.schemas import Schemas
from generator.mock.spec import Api as MockApi
from generator.mock.synth import Synth

ROOT = Path(__file__).resolve().parent.parent
_STANDARD_CLIENT_ARGS = {"environment", "base_url", "timeout", "max_retries", "headers", "http_client"}


def generate(
    spec: Path, out: Path, *, package: str, lenient: bool = False, extra_config: str = ""
) -> subprocess.CompletedProcess[str]:
    """`python -m generator generate` into `out`, with a config that names the package (so many
    generated SDKs can be type-checked and imported side by side)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    config = out.parent / f"{out.name}.sdk.yaml"
    config.write_text(f"package: {package}\n{extra_config}", encoding="utf-8")
    args = ["generate", "--spec", str(spec), "--out", str(out), "--config", str(config)]
    return subprocess.run(
        [sys.executable, "-m", "generator", *args, *(["--lenient"] if lenient else [])],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ},
        timeout=600,
    )


def mypy(paths: list[Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    """`mypy --strict` over several generated packages at once (one process, one cache)."""
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", *(str(p) for p in paths)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=900,
    )


def write_docstring_examples(root: Path, package: str) -> Path:
    """`<package>_examples.py` beside the package under `root`: every method docstring's example
    as a function body, as a user would copy it, for `mypy --strict` to check that the examples
    call the methods correctly. Its path."""
    functions = []
    for path in sorted((root / package / "resources").rglob("*.py")):
        for cls in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(cls, ast.ClassDef):
                continue
            for fn in cls.body:
                if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) or fn.name.startswith("_"):
                    continue
                # By its class (an async list is a plain `def` returning an `AsyncPager`), or by
                # the example itself: a resource's own name may start with "Async".
                async_class = any(isinstance(f, ast.AsyncFunctionDef) for f in cls.body)
                for match in PYTHON_BLOCK.finditer(ast.get_docstring(fn) or ""):
                    is_async = async_class or _AWAITS.search(match.group(2)) is not None
                    head = f"{'async ' if is_async else ''}def example_{len(functions)}("
                    head += f"client: {'AsyncClient' if is_async else 'Client'}) -> None:\n"
                    functions.append(head + textwrap.indent(textwrap.dedent(match.group(2)), "    "))
    target = root / f"{package}_examples.py"
    text = f"from {package} import AsyncClient, Client\n" + "".join(f"\n\n{f}" for f in functions)
    target.write_text(text, encoding="utf-8")
    return target


_AWAITS = re.compile(r"\bawait\b|\basync (?:for|with)\b")
PYTHON_BLOCK = re.compile(r"^([ \t]*)```python[ \t]*\n(.*?)^\1```[ \t]*$", re.MULTILINE | re.DOTALL)


# --- values ------------------------------------------------------------------------------------


def to_sdk(value: Any, ref: ir.TypeRef | None, api: ir.Api, depth: int = 0) -> Any:
    """A JSON value (as on the wire) as the SDK's arguments take it: bytes for binary and
    base64 fields; everything else (dicts for TypedDicts, strings for enums and dates) as is."""
    if ref is None or depth > 40:
        return value
    if isinstance(ref, ir.Nullable):
        return None if value is None else to_sdk(value, ref.inner, api, depth + 1)
    if isinstance(ref, ir.Scalar):
        if ref.kind == "binary":
            return value.encode() if isinstance(value, str) else b"mock file content"
        if ref.kind == "bytes" and isinstance(value, str):
            try:
                return base64.b64decode(value, validate=True)
            except ValueError:
                return value.encode()
        return value
    if isinstance(ref, ir.Array) and isinstance(value, list):
        return [to_sdk(v, ref.item, api, depth + 1) for v in value]
    if isinstance(ref, ir.Map) and isinstance(value, dict):
        return {k: to_sdk(v, ref.value, api, depth + 1) for k, v in value.items()}
    if isinstance(ref, ir.Named):
        t = api.type(ref.key)
        if isinstance(t, ir.Alias):
            return to_sdk(value, t.target, api, depth + 1)
        if isinstance(t, ir.Model) and isinstance(value, dict):
            fields = {f.wire_name: f for f in t.fields}
            return {
                k: to_sdk(v, fields[k].type if k in fields else t.extra, api, depth + 1)
                for k, v in value.items()
                if not (k in fields and fields[k].read_only)
            }
    return value


@dataclass
class Call:
    op: ir.Operation
    access: str
    """`client.a.b.method`."""
    kwargs: dict[str, Any]


def access_paths(api: ir.Api) -> dict[str, tuple[str, ...]]:
    """Operation key -> attribute names from the client to the method."""
    found: dict[str, tuple[str, ...]] = {}
    stack: list[tuple[ir.Resource, tuple[str, ...]]] = [(api.resources, ())] if api.resources else []
    while stack:
        node, names = stack.pop()
        for op in node.operations:
            found[op.key] = (*names, op.name)
        stack.extend((child, (*names, child.name)) for child in node.children)
    return found


def plan(api: ir.Api, mock: MockApi, *, optional: bool = True) -> list[Call]:
    """One call per operation with arguments the mock accepts."""
    synth = Synth(mock.schemas, "http://example.com", request=True)
    paths = access_paths(api)
    calls = []
    for op in api.operations:
        route = mock.route(op.key)
        assert route is not None, f"the mock has no route {op.key}"
        kwargs: dict[str, Any] = {}
        by_wire = {(p.location, p.wire_name): p for p in op.parameters}
        for param in route.params:
            ours = by_wire.get((param.location, param.name))
            if ours is None or param.schema is None or not (param.required or optional):
                continue
            value = synth.value(param.schema)
            if not param.required and mock.schemas.errors(param.schema, value, parameter=True):
                # No value satisfies it (PagerDuty's `since` is a date-time whose `pattern` is
                # the prose "YYYY-MM-DDThh:mm:ssZ"): a caller leaves such an optional one out.
                continue
            kwargs[ours.name] = to_sdk(value, ours.type, api)
        body = op.body
        if body is not None and route.body is not None:
            media = dict(route.body.media).get(body.media_type)
            assert media is not None, f"{op.key}: no {body.media_type} body in the mock"
            has_schema = isinstance(media.value, dict) and "schema" in media.value
            value = synth.value(Schemas.child(media, "schema")) if has_schema else None
            if body.encoding == "binary":
                kwargs[body.name] = b"\x89mock binary body\x00"
            elif body.flatten:
                names = dict(body.arg_names)
                value = to_sdk(value if isinstance(value, dict) else {}, body.type, api)
                kwargs.update({names[k]: v for k, v in value.items() if k in names})
            else:
                kwargs[body.name] = to_sdk(value, body.type, api)
        calls.append(Call(op, "client." + ".".join(paths[op.key]), kwargs))
    return calls


# --- type conformance --------------------------------------------------------------------------


def conforms(value: Any, tp: Any, where: str = "value", depth: int = 0) -> str | None:
    """Why `value` is not an instance of the annotation `tp` (None when it is). Models are checked
    field by field against their own annotations, so nothing untyped slips through."""
    if depth > 60:
        return None
    if tp is typing.Any or tp is object:
        return None
    value_of = getattr(tp, "__value__", None)  # typing_extensions.TypeAliasType
    if value_of is not None and not isinstance(tp, type):
        return conforms(value, value_of, where, depth + 1)
    if tp is None or tp is type(None):
        return None if value is None else f"{where}: expected None, got {type(value).__name__}"
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Annotated or (origin is not None and getattr(origin, "__name__", "") == "Annotated"):
        return conforms(value, args[0], where, depth + 1)
    if hasattr(tp, "__metadata__"):
        return conforms(value, tp.__origin__, where, depth + 1)
    if origin is typing.Union or (
        sys.version_info >= (3, 10) and origin is getattr(__import__("types"), "UnionType", None)
    ):
        problems = [conforms(value, a, where, depth + 1) for a in args]
        if any(p is None for p in problems):
            return None
        return f"{where}: {value!r:.80} matches no member of {tp}: " + "; ".join(p for p in problems if p)
    if origin is typing.Literal:
        return (
            None
            if any(value == a and type(value) is type(a) for a in args) or value in args
            else f"{where}: {value!r} not in {args}"
        )
    if origin in (list, typing.List, typing.Sequence) or origin is getattr(
        __import__("collections.abc").abc, "Sequence"
    ):
        if not isinstance(value, list):
            return f"{where}: expected a list, got {type(value).__name__}"
        for i, item in enumerate(value):
            problem = conforms(item, args[0] if args else typing.Any, f"{where}[{i}]", depth + 1)
            if problem:
                return problem
        return None
    if origin in (dict, typing.Dict) or origin is getattr(__import__("collections.abc").abc, "Mapping"):
        if not isinstance(value, dict):
            return f"{where}: expected a dict, got {type(value).__name__}"
        for k, v in value.items():
            if not isinstance(k, str):
                return f"{where}: key {k!r} is not a string"
            problem = conforms(v, args[1] if args else typing.Any, f"{where}[{k!r}]", depth + 1)
            if problem:
                return problem
        return None
    if isinstance(origin, type) and origin.__name__ in ("SyncPage", "AsyncPage", "AsyncPager"):
        # A page of a list: its items are the declared item type (later pages are not fetched).
        # An `AsyncPager` is what an async list returns: awaited, its first `AsyncPage`.
        page = sys.modules[origin.__module__].AsyncPage if origin.__name__ == "AsyncPager" else origin
        if not isinstance(value, page):
            return f"{where}: expected {page.__name__}, got {type(value).__name__}"
        return conforms(value.items, typing.List[args[0]], f"{where}.items", depth + 1)  # type: ignore[valid-type]
    if isinstance(tp, typing.ForwardRef):
        tp = tp.__forward_arg__
    if tp is pydantic.JsonValue or getattr(tp, "__name__", "") == "JsonValue" or tp == "JsonValue":
        return None if _is_json(value) else f"{where}: {type(value).__name__} is not a JSON value"
    if isinstance(tp, type):
        if tp is float and isinstance(value, int) and not isinstance(value, bool):
            return None
        if not isinstance(value, tp) or (tp is int and isinstance(value, bool)):
            return f"{where}: expected {tp.__qualname__}, got {type(value).__name__} {value!r:.80}"
        if issubclass(tp, pydantic.BaseModel):
            hints = typing.get_type_hints(tp, include_extras=True)
            for name in type(value).model_fields:
                if name in hints:
                    problem = conforms(getattr(value, name), hints[name], f"{where}.{name}", depth + 1)
                    if problem:
                        return problem
        return None
    raise TypeError(f"{where}: cannot check against {tp!r}")


def _is_json(value: Any) -> bool:
    if value is None or isinstance(value, (bool, int, float, str)):
        return True
    if isinstance(value, list):
        return all(_is_json(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _is_json(v) for k, v in value.items())
    return False


def return_type(method: Any) -> Any:
    func = getattr(method, "__func__", method)
    return typing.get_type_hints(func)["return"]


# --- running -----------------------------------------------------------------------------------


@dataclass
class Outcome:
    call: Call
    result: Any = None
    problem: str | None = None


def client_for(package: str, base_url: str, *, async_: bool = False) -> Any:
    module = importlib.import_module(package)
    cls = module.AsyncClient if async_ else module.Client
    kwargs: dict[str, Any] = {"base_url": base_url, "max_retries": 0}
    for name in inspect.signature(cls.__init__).parameters:
        if name in _STANDARD_CLIENT_ARGS or name == "self":
            continue
        kwargs[name] = "user" if name.endswith("username") else "mock-token"
    return cls(**kwargs)


def resolve(client: Any, access: str) -> Any:
    target = client
    for name in access.split(".")[1:]:
        target = getattr(target, name)
    return target


def run_all(client: Any, calls: list[Call]) -> list[Outcome]:
    outcomes = []
    for call in calls:
        method = resolve(client, call.access)
        try:
            result = method(**call.kwargs)
        except Exception as exc:  # noqa: BLE001 - reported per operation
            outcomes.append(Outcome(call, problem=f"{type(exc).__name__}: {exc}"[:800]))
            continue
        tp = return_type(method)
        if _is_stream(tp):
            # A streamed body: every item, read to the end (which releases the connection).
            result, tp = list(result), typing.List[typing.get_args(tp)[0]]  # type: ignore[misc]
        problem = conforms(result, tp, "response")
        outcomes.append(Outcome(call, result, problem))
    return outcomes


def _is_stream(tp: Any) -> bool:
    origin = typing.get_origin(tp)
    return getattr(origin, "__name__", "") in ("Stream", "AsyncStream")


async def run_all_async(client: Any, calls: list[Call]) -> list[Outcome]:
    """`run_all` through an `AsyncClient`."""
    outcomes = []
    for call in calls:
        method = resolve(client, call.access)
        try:
            result = await method(**call.kwargs)
        except Exception as exc:  # noqa: BLE001 - reported per operation
            outcomes.append(Outcome(call, problem=f"{type(exc).__name__}: {exc}"[:800]))
            continue
        tp = return_type(method)
        if _is_stream(tp):
            result, tp = [item async for item in result], typing.List[typing.get_args(tp)[0]]  # type: ignore[misc]
        outcomes.append(Outcome(call, result, conforms(result, tp, "response")))
    return outcomes


def webhook_payloads(api: ir.Api, mock: MockApi) -> list[tuple[ir.Webhook, bytes]]:
    """A JSON payload for each webhook with a JSON body, as the API would send it."""
    synth = Synth(mock.schemas, "http://example.com")
    root = mock.doc.root
    found = []
    for hook in api.webhooks:
        if hook.media_type is None or not hook.media_type.endswith("json"):
            continue
        item = mock.schemas.deref(
            Schemas.child(Located(root["webhooks"], mock.doc.name, "/webhooks"), hook.key)
        )
        body = mock.schemas.deref(Schemas.child(Schemas.child(item, hook.method.lower()), "requestBody"))
        schema = Schemas.child(body, "content", hook.media_type, "schema")
        found.append((hook, json.dumps(synth.value(schema)).encode()))
    return found


def describe(outcomes: list[Outcome]) -> str:
    return "\n".join(f"{o.call.op.key} ({o.call.access}): {o.problem}" for o in outcomes if o.problem)


__all__ = [
    "Call",
    "Outcome",
    "access_paths",
    "client_for",
    "conforms",
    "describe",
    "generate",
    "mypy",
    "plan",
    "resolve",
    "return_type",
    "run_all",
    "run_all_async",
    "to_sdk",
    "webhook_payloads",
]

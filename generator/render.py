"""Stage 5, render: lay the named IR out as files through Jinja2 templates.

Templates hold layout only. Everything a template prints that needs a decision (a type
annotation, a docstring, a signature) is computed here, by the filters and the small view
objects below; their fields are the documented template context (see `templates/README.md`).

Templates are looked up in an optional override directory first, then in the built-in
`templates/` directory, by the same relative path.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import keyword
import os
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

import jinja2

from . import cache, escape, ir
from .config import Config
from .errors import Problem, SpecError
from .examples import Examples
from .layout import annotated_line, from_import, statement_line
from .naming import credential_names, is_plain_key, references, snake
from .text import first_line

_STDLIB = {"datetime", "typing", "uuid"}


def _builtin_templates() -> Path:
    """The built-in templates: packaged beside the code in a wheel (`generator/templates`), the
    top-level `templates/` folder in a source checkout or an editable install."""
    here = Path(__file__).resolve().parent
    packaged = here / "templates"
    return packaged if packaged.is_dir() else here.parent / "templates"


BUILTIN_TEMPLATES = _builtin_templates()
_EXTRA_DIR = "package/resource_extra/"
_EXTRA_SUFFIX = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
# `generate()`'s own keyword arguments: a body property of the same name keeps the method from
# taking its body as `**body`.
_GENERATE_ARGUMENTS = (
    "wait_for_completion",
    "download_outputs",
    "download_directory",
    "wait_timeout",
    "overwrite",
    "max_download_bytes",
    "request_options",
)
# Templates whose output is already black's layout (the test suite verifies it on every spec
# it generates): the format stage need not run black on their files. An override directory
# turns this off, since its templates make no such promise.
CANONICAL_TEMPLATES = frozenset(
    {
        "package/models_module.py.jinja",
        "package/params_module.py.jinja",
        "package/enums_module.py.jinja",
        "package/types_index.py.jinja",
        "package/job_result.py.jinja",
        "package/resource.py.jinja",
        "package/_upload_kinds.py.jinja",
        "package/__init__.py.jinja",
        "package/environment.py.jinja",
        "package/_client.py.jinja",
        "package/resources_init.py.jinja",
        "package/types_init.py.jinja",
        "package/webhooks.py.jinja",
    }
)
# The runtime, copied as is: the first four into every SDK, the others only into one that uses
# them (deprecation warnings, long-running jobs, local file uploads).
STATIC_FILES = (
    "_base_client.py",
    "_errors.py",
    "_models.py",
    "_types.py",
    "_deprecation.py",
    "_jobs.py",
    "_uploads.py",
)

# --- type annotations ------------------------------------------------------------------------

_MODEL_SCALARS = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "date": "datetime.date",
    "datetime": "datetime.datetime",
    "uuid": "uuid.UUID",
    "bytes": "pydantic.Base64Bytes",
    "binary": "bytes",
    "json": "pydantic.JsonValue",
}
_PARAM_SCALARS = {
    **_MODEL_SCALARS,
    "date": "typing.Union[datetime.date, str]",
    "datetime": "typing.Union[datetime.datetime, str]",
    "uuid": "typing.Union[uuid.UUID, str]",
    "bytes": "bytes",
    "binary": "FileContent",
    "json": "JsonValue",
}


class Annotator:
    """Writes the annotation of a type reference for one kind of module.

    `mode` is "model" (response side: pydantic models, open enums) or "param" (request side:
    TypedDicts, enums or their plain values). `qualify` prefixes named types with the module
    they live in (`models.`, `params.`, `enums.`) for resource modules; type modules import
    names directly instead.
    """

    def __init__(self, api: ir.Api, mode: str, qualify: bool, forward: frozenset[str] = frozenset()) -> None:
        self.api = api
        self.mode = mode
        self.qualify = qualify
        self.forward = forward
        """Keys of types not yet defined where the annotation is evaluated: written quoted."""
        self.used: set[str] = set()
        self.scalars: set[str] = set()
        self.discriminators = False

    def __call__(self, ref: ir.TypeRef) -> str:
        if isinstance(ref, ir.Scalar):
            table = _MODEL_SCALARS if self.mode == "model" else _PARAM_SCALARS
            self.scalars.add(ref.kind)
            return table[ref.kind]
        if isinstance(ref, ir.Const):
            return "None" if ref.value is None else f"typing.Literal[{escape.py_literal(ref.value)}]"
        if isinstance(ref, ir.Array):
            outer = "typing.List" if self.mode == "model" else "typing.Sequence"
            return f"{outer}[{self(ref.item)}]"
        if isinstance(ref, ir.Map):
            outer = "typing.Dict" if self.mode == "model" else "typing.Mapping"
            return f"{outer}[str, {self(ref.value)}]"
        if isinstance(ref, ir.Nullable):
            return f"typing.Optional[{self(ref.inner)}]"
        if isinstance(ref, ir.UnionOf):
            tagged = self._discriminated(ref)
            if tagged is not None:
                return tagged
            # Fixed values share one `Literal[...]`: as separate `Literal[True]`, `Literal[1]`
            # union members, pydantic takes 1 for True (in one Literal, it tells them apart).
            consts = [v.value for v in ref.variants if isinstance(v, ir.Const) and v.value is not None]
            parts = [self(v) for v in ref.variants if not (isinstance(v, ir.Const) and v.value is not None)]
            if len(consts) > 1:
                parts.insert(0, "typing.Literal[" + ", ".join(escape.py_literal(c) for c in consts) + "]")
            elif consts:
                parts.insert(0, f"typing.Literal[{escape.py_literal(consts[0])}]")
            return parts[0] if len(parts) == 1 else "typing.Union[" + ", ".join(parts) + "]"
        if isinstance(ref, ir.Named):
            return self.named(self.api.type(ref.key))
        raise TypeError(ref)

    def _discriminated(self, ref: ir.UnionOf) -> str | None:
        """A union of models with a discriminator, in a model module: pydantic picks the variant
        from the discriminating property instead of trying each one (exact errors, faster)."""
        d = ref.discriminator
        if d is None or self.mode != "model" or self.qualify:
            return None
        variants = [
            v for v in ref.variants if isinstance(v, ir.Named) and isinstance(self.api.type(v.key), ir.Model)
        ]
        if len(variants) != len(ref.variants):
            return None
        names = {v.key: self.named(self.api.type(v.key)) for v in variants}
        mapping = {value: names[key] for value, key in d.mapping if key in names}
        if set(mapping.values()) != set(names.values()):
            return None
        self.discriminators = True
        tagged = ", ".join(
            f"typing_extensions.Annotated[{n}, pydantic.Tag({escape.py_str(n)})]" for n in names.values()
        )
        return (
            f"typing_extensions.Annotated[typing.Union[{tagged}], "
            f"discriminator({escape.py_str(d.property)}, {escape.py_literal(mapping)})]"
        )

    def named(self, t: ir.TypeDef) -> str:
        self.used.add(t.key)
        if t.key in self.forward and not isinstance(t, ir.Enum):
            return escape.py_str(t.name)
        if isinstance(t, ir.Enum):
            name = self._qualified("enums", t.name)
            if self.mode == "param":
                return f"typing.Union[{name}, {self._qualified('enums', t.name + 'Literal')}]"
            return name
        return self._qualified("models" if self.mode == "model" else "params", t.name)

    def _qualified(self, module: str, name: str) -> str:
        return f"{module}.{name}" if self.qualify else name


def union(*annotations: str) -> str:
    """`typing.Union[...]` of the given annotations, with nested top-level unions flattened."""
    parts: list[str] = []
    for ann in annotations:
        inner = _union_members(ann)
        for part in inner if inner is not None else [ann]:
            if part not in parts:
                parts.append(part)
    return parts[0] if len(parts) == 1 else "typing.Union[" + ", ".join(parts) + "]"


def _union_members(ann: str) -> list[str] | None:
    if not (ann.startswith("typing.Union[") and ann.endswith("]")):
        return None
    body = ann[len("typing.Union[") : -1]
    members, depth, start = [], 0, 0
    for i, ch in enumerate(body):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "," and depth == 0:
            members.append(body[start:i].strip())
            start = i + 1
    if depth != 0:
        return None
    members.append(body[start:].strip())
    return members


# --- view objects for templates ----------------------------------------------------------


@dataclass(frozen=True)
class Arg:
    """One keyword argument of a generated method."""

    name: str
    wire: str
    location: str
    """path, query, header, cookie, body (a flattened property), body_whole, file."""
    annotation: str
    required: bool
    description: str
    deprecated: ir.Deprecation | None
    example: Any = None
    has_example: bool = False

    deprecated_values: tuple[ir.EnumMember, ...] = ()
    """Deprecated members of the argument's enum, for the docs."""
    type_ref: ir.TypeRef = ir.Scalar("json")
    """The argument's IR type."""

    @property
    def signature(self) -> str:
        """The annotation in the method signature: optional arguments also take `NOT_GIVEN`."""
        return self.annotation if self.required else union(self.annotation, "NotGiven")

    @property
    def doc(self) -> str:
        """Its description, else where it goes on the wire: a docstring line for every argument."""
        if self.description:
            return self.description
        if self.location == "body_whole":
            return "The request body."
        if self.location == "body":
            return f"`{self.wire}` in the request body."
        if self.location == "file":
            return f"The `{self.wire}` file part of the request body."
        return f"The `{self.wire}` {self.location} parameter."


@dataclass(frozen=True)
class ParamRow:
    """A row of a docs page's parameter table; nested fields are indented under their parent."""

    label: str
    required: bool
    deprecated: ir.Deprecation | None
    """Why the field is deprecated and what replaces it; the page says so in the row."""
    description: str
    example: str


@dataclass(frozen=True)
class UploadView:
    """How a `generate()` asks for upload URLs and which of its arguments hold file paths."""

    module: str
    cls: str
    method: str
    items_arg: str
    kind_key: str
    extension_key: str
    kind_enum: str | None
    """Qualified enum class of the kind field, when the spec makes it an enum."""

    @property
    def kind_type(self) -> str:
        """What the upload operation's kind field takes (and what makes one from a string)."""
        return self.kind_enum or "str"

    items_attr: str
    url_attr: str
    path_attr: str
    targets: tuple[tuple[str, str], ...]
    """(argument name, Python literal of its `Target`s)."""


@dataclass(frozen=True)
class JobView:
    """How a create method's `generate()` twin finishes the job (see `ir.Job`)."""

    job: ir.Job
    poll_module: str
    """Dotted module of the polling resource, from the SDK package (`resources.v1.image_projects`)."""
    poll_class: str
    poll_method: str
    id_param: str
    """Keyword of the polling method that takes the job id."""
    id_attr: str
    """Attribute of the create response that holds the job id."""
    status_attr: str
    outputs: str
    """A function of the job's state listing its output URLs, or `None` (nothing to download)."""
    result: str
    """Qualified class of the result model (`models.XWithDownloads`)."""
    upload: UploadView | None = None


@dataclass(frozen=True)
class Method:
    """A generated method: the IR operation plus its rendered signature pieces."""

    op: ir.Operation
    args: tuple[Arg, ...]
    returns: str
    cast_to: str
    body_encoding: str | None
    auth: str
    query_styles: tuple[tuple[str, str, bool], ...]
    content_type: str | None
    job: JobView | None = None
    deprecations: tuple[tuple[tuple[str, ...], Any, str], ...] = ()
    """Runtime deprecation rules: (argument name + wire path, value or None, message)."""
    example_args: tuple[tuple[str, str], ...] = ()
    """(keyword, Python literal) pairs for a runnable example call."""
    example_response: Any = None

    rows: tuple[ParamRow, ...] = ()
    """The docs page's parameter table."""
    response_model: str | None = None
    """Module path of the response model under `types/models/`, for docs links."""
    errors: tuple[tuple[str, str], ...] = ()
    """(status, qualified model) of each typed error body: what `ApiError.data` is parsed into."""
    path_styles: tuple[tuple[str, str, bool], ...] = ()
    """(wire name, style, explode) of path parameters that are not `simple`/unexploded."""
    unpack: str | None = None
    """The body TypedDict the method takes as `**body`, or None (one keyword per property)."""
    accept: str | None = None
    """The `Accept` header, when the success responses are not plain `application/json` (the
    runtime's default): their media types."""

    @property
    def signature_args(self) -> list[Arg]:
        """The keyword arguments written out in the signature (body ones go in `**body`)."""
        if self.unpack is None:
            return list(self.args)
        return [a for a in self.args if a.location not in ("body", "file")]

    @property
    def deprecation_source(self) -> str:
        """The mapping `warn_deprecated` reads the arguments from."""
        roots = self.deprecation_arguments
        if self.unpack is None:
            return "{" + ", ".join(f"{escape.py_str(n)}: {n}" for n in roots) + "}"
        body_names = {a.name for a in self.args if a.location == "body"}
        extra = [n for n in roots if n not in body_names]
        if not extra:
            return "body"
        return "{**body, " + ", ".join(f"{escape.py_str(n)}: {n}" for n in extra) + "}"

    @property
    def constant_prefix(self) -> str:
        return "_" + self.op.name.upper().strip("_")

    @property
    def job_example_extra(self) -> tuple[tuple[str, str], ...]:
        """The `generate()`-only arguments its examples show."""
        if self.job is not None and self.job.job.downloads_field is not None:
            return (
                ("wait_for_completion", "True"),
                ("download_outputs", "True"),
                ("download_directory", '"."'),
            )
        return (("wait_for_completion", "True"),)

    @property
    def deprecation_arguments(self) -> list[str]:
        """The arguments the deprecation rules look at (only these are passed to the check)."""
        return sorted({path[0] for path, _, _ in self.deprecations if path})

    def at(self, location: str) -> list[Arg]:
        return [a for a in self.args if a.location == location]


@dataclass(frozen=True)
class ResourceView:
    resource: ir.Resource
    methods: tuple[Method, ...]
    children: tuple[ir.Resource, ...]
    module_path: str
    """File path under the package, e.g. `resources/v1/files/__init__.py`."""
    depth: int
    """How many packages below the SDK package the module sits (for relative imports)."""
    access: str
    """How users reach it: `client.v1.files.upload_urls`."""

    @property
    def docs_root(self) -> str:
        """From the docs page back to the generated project root."""
        return "../" * len(self.resource.path)

    @property
    def docs_path(self) -> str:
        """The resource's Markdown page, relative to the generated project root."""
        return "docs/" + "/".join(self.resource.path) + ".md"

    @property
    def has_deprecations(self) -> bool:
        return any(m.deprecations for m in self.methods)

    @property
    def has_jobs(self) -> bool:
        return any(m.job is not None for m in self.methods)

    @functools.cached_property
    def error_maps(self) -> dict[tuple[tuple[str, str], ...], str]:
        """Module constants for the methods' error-body maps, shared where they are equal."""
        names: dict[tuple[tuple[str, str], ...], str] = {}
        for m in self.methods:
            if m.errors and m.errors not in names:
                names[m.errors] = "_ERRORS" if not names else f"_ERRORS_{len(names) + 1}"
        return names

    @property
    def uses_unpack(self) -> bool:
        return any(m.unpack for m in self.methods)

    @property
    def has_downloads(self) -> bool:
        return any(m.job is not None and m.job.job.downloads_field is not None for m in self.methods)

    @property
    def upload_kind_type(self) -> str:
        return next(
            m.job.upload.kind_type for m in self.methods if m.job is not None and m.job.upload is not None
        )

    @property
    def has_uploads(self) -> bool:
        return any(m.job is not None and m.job.upload is not None for m in self.methods)

    @property
    def root(self) -> str:
        """The relative-import prefix that reaches the SDK package."""
        return "." * (self.depth + 1)

    @functools.cached_property
    def _written(self) -> str:
        parts = [a.signature for m in self.methods for a in m.signature_args]
        parts += [m.returns + " " + m.cast_to + " " + (m.unpack or "") for m in self.methods]
        parts += [m.job.result for m in self.methods if m.job is not None]
        parts += [t for m in self.methods for _, t in m.errors]
        parts += [
            m.job.upload.kind_enum or ""
            for m in self.methods
            if m.job is not None and m.job.upload is not None
        ]
        return " ".join(parts)

    @functools.cached_property
    def type_modules(self) -> list[str]:
        return [k for k in ("enums", "models", "params") if re.search(rf"(?<![\w.]){k}\.", self._written)]

    @functools.cached_property
    def runtime(self) -> list[str]:
        names = (
            ["NOT_GIVEN", "NotGiven"]
            if any(not a.required for m in self.methods for a in m.signature_args)
            else []
        )
        names += _runtime([self._written])
        return sorted(names)

    @functools.cached_property
    def stdlib(self) -> list[str]:
        return [m for m in _stdlib([self._written]) if m != "typing"]


@dataclass(frozen=True)
class TypeModule:
    kind: str
    """"models", "params" or "enums"."""
    module: str
    types: tuple[ir.TypeDef, ...]
    imports: tuple[tuple[str, str], ...]
    """(relative module, name) pairs."""
    stdlib: tuple[str, ...]
    """Modules the annotations use: typing, datetime, uuid, pydantic, typing_extensions."""
    runtime: tuple[str, ...]
    """Names the annotations use from the SDK's `_types` module (JsonValue, FileContent)."""
    annotate: Annotator
    discriminators: bool = False
    """Whether an annotation uses `_models.discriminator`."""
    recursive: frozenset[str] = frozenset()
    """Aliases that refer to themselves (directly or through the module's other types)."""

    @property
    def import_groups(self) -> list[list[str]]:
        """`import x` lines, grouped as isort would: standard library, then third party."""
        std = [m for m in self.stdlib if m in _STDLIB]
        third = [m for m in self.stdlib if m not in _STDLIB]
        if self.kind == "params" and "typing_extensions" not in third:
            third.append("typing_extensions")
        return [group for group in (std, third) if group]

    @property
    def models_runtime(self) -> list[str]:
        """Names model modules import from the SDK's `_models`."""
        return ["BaseModel", "discriminator"] if self.discriminators else ["BaseModel"]

    def default(self, f: ir.Field) -> str | None:
        """The Python default of an optional response field: the spec's `default` when it is a
        plain value (a member, for enums), else None."""
        if f.required or not f.has_default or isinstance(f.default, (list, dict)) or f.default is None:
            return None
        ref = f.type.inner if isinstance(f.type, ir.Nullable) else f.type
        if isinstance(ref, ir.Named):
            t = self.annotate.api.type(ref.key)
            if isinstance(t, ir.Enum):
                member = next((m for m in t.members if m.value == f.default), None)
                return f"{t.name}.{member.name}" if member is not None else None
            return None
        if isinstance(ref, ir.Scalar) and ref.kind in ("str", "int", "float", "bool"):
            types: dict[str, type | tuple[type, ...]] = {
                "str": str,
                "int": int,
                "float": (int, float),
                "bool": bool,
            }
            expected = types[ref.kind]
            if isinstance(f.default, expected) and not (ref.kind != "bool" and isinstance(f.default, bool)):
                return escape.py_literal(f.default)
        return None

    def fields(self, model: ir.Model) -> list[ir.Field]:
        """The fields this side of the API sees: requests skip read-only, responses write-only."""
        skip = "read_only" if self.kind == "params" else "write_only"
        return [f for f in model.fields if not getattr(f, skip)]

    def functional(self, model: ir.Model) -> bool:
        """A TypedDict whose keys are not all identifiers needs the functional syntax."""
        return any(not is_plain_key(f.wire_name) for f in self.fields(model))


@dataclass(frozen=True)
class JobResult:
    """A polling response extended with the paths `generate()` downloaded."""

    name: str
    module: str
    base: str
    base_module: str


@dataclass(frozen=True)
class AuthParam:
    """A credential argument of the client constructor."""

    name: str
    scheme: ir.SecurityScheme
    env: str | None
    part: str = "secret"
    """"secret", or "username" for HTTP basic."""


class Renderer:
    def __init__(self, api: ir.Api, config: Config, templates: Path | None = None) -> None:
        self.api = api
        self.config = config
        self.overrides = templates
        loaders: list[jinja2.BaseLoader] = []
        if templates is not None:
            loaders.append(jinja2.FileSystemLoader(str(templates)))
        loaders.append(jinja2.FileSystemLoader(str(BUILTIN_TEMPLATES)))
        self.env = jinja2.Environment(
            loader=jinja2.ChoiceLoader(loaders),
            bytecode_cache=_bytecode_cache(),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters.update(
            py_str=escape.py_str,
            py_literal=escape.py_literal,
            docstring=self.docstring,
            md_inline=escape.md_inline,
            md_code=escape.md_code,
            md_block=escape.md_block,
            json=lambda value: json.dumps(value, indent=2, ensure_ascii=False),
            toml_str=escape.toml_str,
            first_line=first_line,
            indent=escape.indent_lines,
            snake=lambda s: snake([s]),
            from_import=from_import,
            wire_pairs=lambda args: [(a.wire, a.name) for a in args],
            style_pairs=lambda styles: [
                (wire, f"({escape.py_str(style)}, {explode})") for wire, style, explode in styles
            ],
        )
        self.env.globals.update(
            api=api,
            config=config,
            package=config.package,
            annotated_line=annotated_line,
            statement_line=statement_line,
        )
        self.canonical: set[str] = set()
        """Paths rendered from `CANONICAL_TEMPLATES`."""
        self.formatted: set[str] = set()
        """Paths copied from files already in black's layout (the static runtime)."""

    # --- filters -------------------------------------------------------------------------

    @staticmethod
    def docstring(text: str, indent: int = 4) -> str:
        return escape.indent_doc(escape.docstring_body(text), indent)

    # --- entry point ---------------------------------------------------------------------

    def render(self) -> dict[str, str]:
        pkg = self.config.package
        files: dict[str, str] = {}

        def emit(path: str, template: str, **context: Any) -> None:
            files[path] = self._template(template, **context)
            if template in CANONICAL_TEMPLATES and self.overrides is None:
                self.canonical.add(path)

        upload = next(
            (op.job.upload for op in self.api.operations if op.job and op.job.uploads and op.job.upload), None
        )
        used = {
            "_deprecation.py": any(v.has_deprecations for v in self.resource_views()),
            "_jobs.py": any(op.job for op in self.api.operations),
            "_uploads.py": upload is not None,
        }
        for name in STATIC_FILES:
            if used.get(name, True):
                files[f"{pkg}/{name}"] = (BUILTIN_TEMPLATES / "static" / name).read_text(encoding="utf-8")
                # Kept in black's layout in the repository (a test checks it): black need not run.
                self.formatted.add(f"{pkg}/{name}")
        if upload is not None:
            emit(f"{pkg}/_upload_kinds.py", "package/_upload_kinds.py.jinja", upload=upload)
        files[f"{pkg}/py.typed"] = ""
        auth = self.auth_params()
        emit("pyproject.toml", "pyproject.toml.jinja")
        emit(
            "README.md",
            "README.md.jinja",
            auth=auth,
            auth_required=self.auth_required(),
            tree=self.resource_views(),
            renderer_environments=self.environments(),
        )
        emit(f"{pkg}/__init__.py", "package/__init__.py.jinja")
        emit(
            f"{pkg}/environment.py",
            "package/environment.py.jinja",
            environments=self.environments(),
            environment_notes=self.environment_notes(),
        )
        emit(
            f"{pkg}/_client.py",
            "package/_client.py.jinja",
            auth=auth,
            auth_required=self.auth_required(),
            root=self.api.resources,
            default_environment=self.environments()[0][0],
        )
        for view in self.resource_views():
            emit(f"{pkg}/{view.module_path}", "package/resource.py.jinja", view=view)
            if view.methods:
                emit(view.docs_path, "docs/resource.md.jinja", view=view)
        if not any(v.module_path == "resources/__init__.py" for v in self.resource_views()):
            emit(f"{pkg}/resources/__init__.py", "package/resources_init.py.jinja")
        if self.api.webhooks:
            emit(f"{pkg}/webhooks.py", "package/webhooks.py.jinja", hooks=self.webhook_views())
        modules = self.type_modules()
        results = self.job_results()
        emit(f"{pkg}/types/__init__.py", "package/types_init.py.jinja")
        for result in results:
            emit(f"{pkg}/types/models/{result.module}.py", "package/job_result.py.jinja", result=result)
        for kind in ("models", "params", "enums"):
            of_kind = [m for m in modules if m.kind == kind]
            emit(
                f"{pkg}/types/{kind}/__init__.py",
                "package/types_index.py.jinja",
                kind=kind,
                modules=of_kind,
                results=results if kind == "models" else [],
            )
            for module in of_kind:
                emit(
                    f"{pkg}/types/{kind}/{module.module}.py", f"package/{kind}_module.py.jinja", module=module
                )
        self._resource_extras(files)
        return files

    def _resource_extras(self, files: dict[str, str]) -> None:
        """Each `package/resource_extra/<suffix>.jinja` (override or built-in directory) renders
        once per resource, with the same `view` as `resource.py.jinja`, to `<module>_<suffix>`
        beside the resource's module: `resources/v1/image_projects.py` gets
        `resources/v1/image_projects_<suffix>`, the package `resources/v1/__init__.py` gets
        `resources/v1_<suffix>`. Output that is only whitespace writes no file."""
        for name in sorted(
            self.env.list_templates(filter_func=lambda n: n.startswith(_EXTRA_DIR) and n.endswith(".jinja"))
        ):
            suffix = name[len(_EXTRA_DIR) : -len(".jinja")]
            if not _EXTRA_SUFFIX.match(suffix):
                raise SpecError(
                    Problem(
                        "a resource_extra template must be named <suffix>.jinja, e.g. `routes.py.jinja`",
                        self._template_file(name),
                    )
                )
            for view in self.resource_views():
                base = view.module_path.removesuffix("/__init__.py").removesuffix(".py")
                path = f"{self.config.package}/{base}_{suffix}"
                text = self._template(name, view=view)
                if not text.strip():
                    continue
                if path in files:
                    raise SpecError(
                        Problem(f"would overwrite the generated {path}", self._template_file(name))
                    )
                files[path] = text

    def _template(self, name: str, **context: Any) -> str:
        try:
            return self.env.get_template(name).render(**context)
        except jinja2.TemplateSyntaxError as exc:
            raise SpecError(
                Problem(
                    f"template syntax error: {exc.message}",
                    self._template_file(exc.name or name),
                    line=exc.lineno,
                )
            ) from None
        except jinja2.TemplateNotFound as exc:
            raise SpecError(
                Problem(f"template not found: {exc.name}", str(self.overrides or BUILTIN_TEMPLATES))
            ) from None
        except jinja2.UndefinedError as exc:
            file, line = self._traceback_location(exc, name)
            raise SpecError(Problem(f"template error: {exc.message}", file, line=line)) from None
        except (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError) as exc:
            # A filter or attribute failed while a template ran: point at the template line.
            file, line = self._traceback_location(exc, name)
            raise SpecError(
                Problem(f"template error: {type(exc).__name__}: {exc}", file, line=line)
            ) from None

    def _template_file(self, name: str) -> str:
        if self.overrides is not None and (self.overrides / name).is_file():
            return str(self.overrides / name)
        return str(BUILTIN_TEMPLATES / name)

    def _traceback_location(self, exc: BaseException, name: str) -> tuple[str, int | None]:
        tb = exc.__traceback__
        found: tuple[str, int | None] = (self._template_file(name), None)
        while tb is not None:
            filename = tb.tb_frame.f_code.co_filename
            if filename.endswith(".jinja"):
                found = (filename, tb.tb_lineno)
            tb = tb.tb_next
        return found

    # --- views ---------------------------------------------------------------------------

    def environments(self) -> list[tuple[str, str]]:
        """`(NAME, url)` of every server the client can pick, the default first: the config's,
        else the spec's absolute ones, else loopback (a spec with no servers, or only relative
        ones, gives the SDK no host to default to)."""
        if self.config.environments:
            return [(e.name.upper(), e.url) for e in self.config.environments]
        return [(name, server.url) for name, server in self._spec_servers()] or [
            ("LOCAL", "http://127.0.0.1")
        ]

    def _spec_servers(self) -> list[tuple[str, ir.Server]]:
        servers = [s for s in self.api.servers if s.absolute]
        names = ["PRODUCTION"] + [f"SERVER_{i}" for i in range(2, len(servers) + 1)]
        return list(zip(names, servers))

    def environment_notes(self) -> dict[str, str]:
        """What the spec says of each of its servers: its description, and the variables its
        URL was written with (the SDK uses their defaults)."""
        if self.config.environments:
            return {}
        notes = {}
        for name, server in self._spec_servers():
            parts = [server.description] if server.description else []
            if server.variables:
                values = ", ".join(_variable_note(v) for v in server.variables)
                sentence = (
                    f"The spec writes this URL as `{server.template}`, with {values}; "
                    "pass `base_url=` for other values."
                )
                wrapped = textwrap.fill(sentence, 84, break_long_words=False, break_on_hyphens=False)
                parts.append(wrapped.replace(_NBSP, " "))
            if parts:
                notes[name] = "\n\n".join(parts)
        return notes

    def auth_params(self) -> list[AuthParam]:
        used = {s for op in self.api.operations for req in op.security or () for s in req.schemes}
        schemes = [s for s in self.api.security_schemes if s.key in used]
        bearers = [s for s in schemes if s.kind == "bearer"]
        params: list[AuthParam] = []
        for scheme in schemes:
            primary = scheme is schemes[0]
            env = self.config.token_env if primary else None
            if scheme.kind == "bearer":
                name = "token" if len(bearers) == 1 else snake([scheme.key, "token"])
                params.append(AuthParam(name, scheme, env))
            elif scheme.kind == "basic":
                prefix = "" if sum(s.kind == "basic" for s in schemes) == 1 else snake([scheme.key]) + "_"
                params.append(AuthParam(prefix + "username", scheme, None, "username"))
                params.append(AuthParam(prefix + "password", scheme, env))
            else:
                params.append(AuthParam(snake([scheme.key]) or "api_key", scheme, env))
        names = credential_names([p.name for p in params])
        return [dataclasses.replace(p, name=name) for p, name in zip(params, names)]

    def auth_required(self) -> bool:
        """A credential is required at construction when every operation needs the same one."""
        params = self.auth_params()
        if len({p.scheme.key for p in params}) != 1:
            return False
        key = params[0].scheme.key
        return all(
            op.security is not None and op.security and all(key in req.schemes for req in op.security)
            for op in self.api.operations
        )

    def resource_views(self) -> list[ResourceView]:
        if not hasattr(self, "_views"):
            views: list[ResourceView] = []
            root = self.api.resources
            assert root is not None

            def walk(node: ir.Resource, access: str) -> None:
                for child in node.children:
                    path = child.path
                    dirs = "/".join(path)
                    module_path = (
                        f"resources/{dirs}/__init__.py" if child.children else f"resources/{dirs}.py"
                    )
                    depth = len(path) + (1 if child.children else 0)
                    methods = tuple(self.method(op) for op in child.operations)
                    child_access = f"{access}.{child.name}"
                    views.append(
                        ResourceView(child, methods, child.children, module_path, depth, child_access)
                    )
                    walk(child, child_access)

            walk(root, "client")
            self._views = views
        return self._views

    def method(self, op: ir.Operation) -> Method:
        params_ann = Annotator(self.api, "param", qualify=True)
        args: list[Arg] = []
        for p in op.parameters:
            args.append(
                Arg(
                    p.name,
                    p.wire_name,
                    p.location,
                    params_ann(p.type),
                    p.required,
                    p.description,
                    p.deprecated,
                    p.example,
                    p.has_example,
                    self._deprecated_values(p.type),
                    p.type,
                )
            )
        body = op.body
        body_encoding = body.encoding if body else None
        if body is not None and body.flatten and isinstance(body.type, ir.Named):
            model = self.api.type(body.type.key)
            assert isinstance(model, ir.Model)
            names = dict(body.arg_names)
            for f in model.fields:
                if f.read_only:
                    continue
                location = "body"
                if body.encoding == "multipart" and _is_file(f.type):
                    location = "file"
                args.append(
                    Arg(
                        names[f.wire_name],
                        f.wire_name,
                        location,
                        params_ann(f.type),
                        f.required,
                        f.description,
                        f.deprecated,
                        f.example,
                        f.has_example,
                        self._deprecated_values(f.type),
                        f.type,
                    )
                )
        elif body is not None:
            annotation = (
                "typing.Union[bytes, typing.IO[bytes]]"
                if body.encoding == "binary"
                else params_ann(body.type)
            )
            args.append(
                Arg(
                    body.name,
                    "",
                    "body_whole",
                    annotation,
                    body.required,
                    body.description,
                    None,
                    body.example,
                    body.has_example,
                    (),
                    body.type,
                )
            )
        # Required first, each group in spec order: the call sites read top-down.
        args.sort(key=lambda a: not a.required)
        success = op.success
        model_ann = Annotator(self.api, "model", qualify=True)
        returns, cast_to = self._returns(op, model_ann)
        errors = {
            r.status: model_ann(r.type)
            for r in op.responses
            if not r.is_success and r.type is not None and r.type != ir.Scalar("json")
        }
        auth = _auth_expr(op.security)
        styles = tuple(
            (p.wire_name, p.style, p.explode)
            for p in op.parameters
            if p.location == "query" and (p.style, p.explode) != ("form", True)
        )
        content_type = body.media_type if body is not None and body.encoding in ("binary", "text") else None
        if body is not None and body.encoding == "json" and body.media_type != "application/json":
            content_type = body.media_type
        produced = list(dict.fromkeys(r.media_type for r in op.responses if r.is_success and r.media_type))
        accept = ", ".join(produced) if produced and produced != ["application/json"] else None
        job = self._job_view(op) if op.job is not None else None
        examples = Examples(self.api)
        example_args = tuple(
            (a.name, escape.py_literal(_example_of(a, examples)))
            for a in args
            # Optional headers only clutter an example; a required one must be in it.
            if (a.required or (a.has_example and a.location != "header")) and not a.deprecated
        )
        success_example = None
        if success is not None and success.type is not None and returns not in ("bytes", "str"):
            success_example = (
                success.example if success.has_example else Examples(self.api, "response").of(success.type)
            )
        response_model = None
        if success is not None and isinstance(success.type, ir.Named):
            response_model = f"{self.api.type(success.type.key).module}.py"
        return Method(
            op,
            tuple(args),
            returns,
            cast_to,
            body_encoding,
            auth,
            styles,
            content_type,
            job,
            self._deprecations(op, args),
            example_args,
            success_example,
            self._rows(args),
            response_model,
            tuple(errors.items()),
            path_styles=tuple(
                (p.wire_name, p.style, p.explode)
                for p in op.parameters
                if p.location == "path" and (p.style, p.explode) != ("simple", False)
            ),
            unpack=self._unpack(op, params_ann),
            accept=accept,
        )

    def _unpack(self, op: ir.Operation, ann: Annotator) -> str | None:
        """The body TypedDict when the method can take the body as `**body: Unpack[...]`.

        That is one line of signature instead of one per property (four times over: sync and
        async, `create()` and `generate()`), and `generate()` then takes literally the same
        type as its `create()`. It needs keys that are plain keyword names, the same as the
        method would have used, clashing with nothing else `generate()` takes.
        """
        body = op.body
        if body is None or not body.flatten or body.encoding not in ("json", "form") or not body.arg_names:
            return None
        if not isinstance(body.type, ir.Named):
            return None
        taken = set(_GENERATE_ARGUMENTS) if op.job is not None else set()
        for wire, name in body.arg_names:
            plain = wire.isidentifier() and not keyword.iskeyword(wire) and not wire.startswith("__")
            if wire != name or not plain or wire in taken:
                return None
        return ann(body.type)

    def _rows(self, args: list[Arg]) -> tuple[ParamRow, ...]:
        examples = Examples(self.api)
        rows: list[ParamRow] = []

        def note(values: tuple[ir.EnumMember, ...]) -> str:
            if not values:
                return ""
            listed = ", ".join(
                f"`{m.value}`"
                + (
                    f" (use `{m.deprecated.replacement}`)"
                    if m.deprecated and m.deprecated.replacement
                    else ""
                )
                for m in values
            )
            return f" Deprecated values: {listed}."

        def nested(ref: ir.TypeRef, depth: int, seen: frozenset[str]) -> None:
            while isinstance(ref, (ir.Nullable, ir.Array)):
                ref = ref.inner if isinstance(ref, ir.Nullable) else ref.item
            if not isinstance(ref, ir.Named) or ref.key in seen or depth > 4:
                return
            model = self.api.type(ref.key)
            if not isinstance(model, ir.Model):
                return
            for f in model.fields:
                if f.read_only:
                    continue
                rows.append(
                    ParamRow(
                        "  " * (depth - 1) + "└─ " + f.wire_name,
                        f.required,
                        f.deprecated,
                        f.description + note(self._deprecated_values(f.type)),
                        escape.py_literal(examples.field(f)),
                    )
                )
                nested(f.type, depth + 1, seen | {ref.key})

        for a in args:
            rows.append(
                ParamRow(
                    a.name,
                    a.required,
                    a.deprecated,
                    a.description + note(a.deprecated_values),
                    escape.py_literal(_example_of(a, examples)),
                )
            )
            nested(a.type_ref, 1, frozenset())
        return tuple(rows)

    def _deprecations(
        self, op: ir.Operation, args: list[Arg]
    ) -> tuple[tuple[tuple[str, ...], Any, str], ...]:
        rules: list[tuple[tuple[str, ...], Any, str]] = []
        where = f"{op.method} {op.path}"
        if op.deprecated:
            rules.append(((), None, f"`{where}` is deprecated{_advice(op.deprecated)}"))
        for a in args:
            if a.deprecated:
                rules.append(
                    ((a.name,), None, f"`{a.name}` of `{where}` is deprecated{_advice(a.deprecated)}")
                )
            self._walk_deprecations(a.type_ref, (a.name,), a.name, where, rules, frozenset())
        return tuple(rules)

    def _walk_deprecations(
        self,
        ref: ir.TypeRef,
        path: tuple[str, ...],
        shown: str,
        where: str,
        rules: list[tuple[tuple[str, ...], Any, str]],
        seen: frozenset[str],
    ) -> None:
        while isinstance(ref, (ir.Nullable, ir.Array)):
            if isinstance(ref, ir.Array):
                path, shown = (*path, "*"), shown + "[*]"
                ref = ref.item
            else:
                ref = ref.inner
        if not isinstance(ref, ir.Named) or ref.key in seen:
            return
        t = self.api.type(ref.key)
        if isinstance(t, ir.Enum):
            for m in t.members:
                if m.deprecated:
                    message = (
                        f"`{shown}={m.value!r}` of `{where}` is deprecated{_advice(m.deprecated, value=True)}"
                    )
                    rules.append((path, m.value, message))
        elif isinstance(t, ir.Model):
            for f in t.fields:
                if f.read_only:
                    continue
                field_path, field_shown = (*path, f.wire_name), f"{shown}[{f.wire_name!r}]"
                if f.deprecated:
                    rules.append(
                        (
                            field_path,
                            None,
                            f"`{field_shown}` of `{where}` is deprecated{_advice(f.deprecated)}",
                        )
                    )
                self._walk_deprecations(f.type, field_path, field_shown, where, rules, seen | {ref.key})
        elif isinstance(t, ir.Alias):
            self._walk_deprecations(t.target, path, shown, where, rules, seen | {ref.key})

    def _job_view(self, op: ir.Operation) -> JobView:
        job = op.job
        assert job is not None
        poll = next(o for o in self.api.operations if o.key == job.poll)
        resource = self._resource_of(poll)
        poll_model = _response_model(self.api, poll)
        create_model = _response_model(self.api, op)
        status = _field_named(poll_model, job.status_field)
        outputs = "None"
        if job.downloads_field is not None:
            downloads = _field_named(poll_model, job.downloads_field)
            assert isinstance(downloads.type, (ir.Array, ir.Nullable))
            array = downloads.type.inner if isinstance(downloads.type, ir.Nullable) else downloads.type
            assert isinstance(array, ir.Array)
            item = self.api.type(array.item.key) if isinstance(array.item, ir.Named) else None
            assert isinstance(item, ir.Model)
            url = _field_named(item, job.download_url_field)
            source = f"project.{downloads.name}"
            if not downloads.required or isinstance(downloads.type, ir.Nullable):
                source = f"({source} or [])"
            outputs = f"lambda project: [item.{url.name} for item in {source}]"
        return JobView(
            upload=self._upload_view(op) if job.uploads and job.upload else None,
            job=job,
            poll_module="resources." + resource.module,
            poll_class=resource.class_name,
            poll_method=poll.name,
            id_param=next(p.name for p in poll.parameters if p.wire_name == job.id_param),
            id_attr=_field_named(create_model, job.id_field).name,
            status_attr=status.name,
            outputs=outputs,
            result=f"models.{job.result_name}",
        )

    def _returns(self, op: ir.Operation, ann: Annotator) -> tuple[str, str]:
        """The return annotation and the `cast_to` argument; several success responses of
        different types return their union, parsed by status."""
        successes = [r for r in op.responses if r.is_success]
        per_status: list[tuple[str, str]] = []
        for r in successes:
            if r.type is None:
                per_status.append((r.status, "None"))
            elif r.type == ir.Scalar("binary"):
                per_status.append((r.status, "bytes"))
            elif r.type == ir.Scalar("str") and not (r.media_type or "").endswith("json"):
                per_status.append((r.status, "str"))
            else:
                per_status.append((r.status, ann(r.type)))
        kinds = list(dict.fromkeys(t for _, t in per_status))
        if not kinds:
            return "None", "None"
        if len(kinds) == 1:
            only = kinds[0]
            if only in ("None", "bytes", "str"):
                return only, only
            ref = successes[0].type
            assert ref is not None
            wrapper = isinstance(ref, (ir.UnionOf, ir.Nullable, ir.Const, ir.Scalar)) or (
                isinstance(ref, ir.Named) and isinstance(self.api.type(ref.key), ir.Alias)
            )
            return only, f"ResponseType[{only}]({only})" if wrapper else only
        if (
            any(t in ("bytes", "str") for t in kinds)
            and len(kinds) > 1
            and not all(t in ("bytes", "str", "None") for t in kinds)
        ):
            # Text or bytes for one status and a model for another: keep it simple and honest.
            raise SpecError(
                Problem(
                    "success responses mixing raw (text or binary) and JSON bodies are not supported yet",
                    "",
                    op.pointer + "/responses",
                )
            )
        returns = union(*[t for t in kinds if t != "None"])
        if "None" in kinds:
            returns = f"typing.Optional[{returns}]"
        statuses = ", ".join(f"{int(st)}: {t}" for st, t in per_status if st.isdigit())
        return returns, f"ResponseType[{returns}]({returns}, {{{statuses}}})"

    def _upload_view(self, op: ir.Operation) -> UploadView:
        job = op.job
        assert job is not None and job.upload is not None
        spec = job.upload
        upload_op = next(o for o in self.api.operations if o.key == spec.operation)
        resource = self._resource_of(upload_op)
        assert upload_op.body is not None
        body = _model_of(self.api, upload_op.body.type)
        request_item = _item_model(self.api, _field_named(body, spec.items_field))
        kind = _field_named(request_item, spec.kind_field)
        kind_enum = None
        if isinstance(kind.type, ir.Named) and isinstance(self.api.type(kind.type.key), ir.Enum):
            kind_enum = f"enums.{self.api.type(kind.type.key).name}"
        response = _response_model(self.api, upload_op)
        items = _field_named(response, spec.items_field)
        response_item = _item_model(self.api, items)
        by_arg: dict[str, list[tuple[tuple[str, ...], str | None]]] = {}
        names = dict(op.body.arg_names) if op.body is not None else {}
        for target in job.uploads:
            by_arg.setdefault(names[target.path[0]], []).append((target.path[1:], target.kind))
        return UploadView(
            module="resources." + resource.module,
            cls=resource.class_name,
            method=upload_op.name,
            items_arg=dict(upload_op.body.arg_names)[spec.items_field],
            kind_key=spec.kind_field,
            extension_key=spec.extension_field,
            kind_enum=kind_enum,
            items_attr=items.name,
            url_attr=_field_named(response_item, spec.url_field).name,
            path_attr=_field_named(response_item, spec.path_field).name,
            targets=tuple(
                (arg, escape.py_literal(tuple((path, kind) for path, kind in targets)))
                for arg, targets in by_arg.items()
            ),
        )

    def _resource_of(self, op: ir.Operation) -> ir.Resource:
        root = self.api.resources
        assert root is not None
        stack = [root]
        while stack:
            node = stack.pop()
            if any(o.key == op.key for o in node.operations):
                return node
            stack.extend(node.children)
        raise KeyError(op.key)

    def webhook_views(self) -> list[tuple[ir.Webhook, str, str]]:
        """(webhook, payload annotation, parse target) for each webhook with a JSON payload."""
        ann = Annotator(self.api, "model", qualify=True)
        views = []
        for hook in self.api.webhooks:
            if hook.payload is None or hook.payload in (ir.Scalar("binary"), ir.Scalar("str")):
                continue
            annotation = ann(hook.payload)
            is_model = isinstance(hook.payload, ir.Named) and isinstance(
                self.api.type(hook.payload.key), ir.Model
            )
            views.append(
                (hook, annotation, annotation if is_model else f"ResponseType[{annotation}]({annotation})")
            )
        return views

    def job_results(self) -> list[JobResult]:
        found: dict[str, JobResult] = {}
        for op in self.api.operations:
            if op.job is None or op.job.downloads_field is None or op.job.result_name in found:
                continue
            poll = next(o for o in self.api.operations if o.key == op.job.poll)
            base = _response_model(self.api, poll)
            found[op.job.result_name] = JobResult(
                op.job.result_name, op.job.result_module, base.name, base.module
            )
        return sorted(found.values(), key=lambda r: r.name)

    def _deprecated_values(self, ref: ir.TypeRef) -> tuple[ir.EnumMember, ...]:
        while isinstance(ref, (ir.Nullable, ir.Array)):
            ref = ref.inner if isinstance(ref, ir.Nullable) else ref.item
        if isinstance(ref, ir.Named):
            t = self.api.type(ref.key)
            if isinstance(t, ir.Enum):
                return tuple(m for m in t.members if m.deprecated)
        return ()

    def type_modules(self) -> list[TypeModule]:
        grouped: dict[tuple[str, str], list[ir.TypeDef]] = {}
        for t in self.api.types:
            for kind in _kinds(t):
                grouped.setdefault((kind, t.module), []).append(t)
        modules = []
        for (kind, module), types in sorted(grouped.items()):
            mode = "param" if kind == "params" else "model"
            ann = Annotator(self.api, mode, qualify=False)
            written: list[str] = []
            # An alias's value is evaluated where it is defined, so references to types of its
            # own recursive group must be forward references (and the alias a TypeAliasType).
            recursive_aliases = {
                t.key for t in types if isinstance(t, ir.Alias) and (len(types) > 1 or t.key in references(t))
            }
            if recursive_aliases:
                ann.forward = frozenset(t.key for t in types)
                written.append("typing.")
            for t in types:
                if isinstance(t, ir.Model):
                    for f in t.fields:
                        if (mode == "param" and f.read_only) or (mode == "model" and f.write_only):
                            continue
                        written.append(ann(f.type))
                    if t.extra is not None:
                        written.append(ann(t.extra))
                elif isinstance(t, ir.Alias):
                    written.append(ann(t.target))
            by_source: dict[str, list[str]] = {}
            own = {t.key for t in types}
            for key in ann.used - own:
                target = self.api.type(key)
                target_kind = "enums" if isinstance(target, ir.Enum) else kind
                source = ("." if target_kind == kind else f"..{target_kind}.") + target.module
                names = by_source.setdefault(source, [])
                names.append(target.name)
                if isinstance(target, ir.Enum) and mode == "param":
                    names.append(target.name + "Literal")
            # isort's order: parents before siblings, then alphabetical.
            imports = [
                (source, ", ".join(sorted(names)))
                for source, names in sorted(
                    by_source.items(), key=lambda item: (not item[0].startswith(".."), item[0])
                )
            ]
            if kind == "models":
                for t in types:
                    if isinstance(t, ir.Model):
                        if any(f.name != f.wire_name for f in t.fields) or t.extra is not None:
                            written.append("pydantic.")
                        if any(not f.required for f in t.fields) or t.extra is not None:
                            written.append("typing.")
            if any(isinstance(t, ir.Alias) for t in types):
                written.append("typing_extensions.")
            modules.append(
                TypeModule(
                    kind,
                    module,
                    tuple(types),
                    tuple(imports),
                    _stdlib(written),
                    _runtime(written),
                    ann,
                    ann.discriminators,
                    frozenset(t.name for t in types if t.key in recursive_aliases),
                )
            )
        return modules


def _advice(dep: ir.Deprecation, value: bool = False) -> str:
    if dep.replacement:
        shown = repr(dep.replacement) if value else f"`{dep.replacement}`"
        return f"; use {shown} instead."
    return f": {dep.message}" if dep.message else "."


# Joins `name` = `value` so a wrapped line never ends between them (textwrap breaks only at
# ASCII whitespace); a space again once wrapped.
_NBSP = "\u00a0"


def _variable_note(var: ir.ServerVariable) -> str:
    others = [v for v in var.enum if v != var.default]
    also = f" (the spec also allows {', '.join(f'`{v}`' for v in others)})" if others else ""
    return f"`{var.name}`{_NBSP}={_NBSP}`{var.default}`{also}"


_FILE_EXAMPLE = b"file content"


def _example_of(arg: Arg, examples: Examples) -> Any:
    if _is_file(arg.type_ref):
        # What a file argument takes (`FileContent`), whatever the spec shows for it.
        return [_FILE_EXAMPLE] if isinstance(ir.non_null(arg.type_ref), ir.Array) else _FILE_EXAMPLE
    if (
        arg.has_example
        and arg.example is not None
        and not examples.deprecated_value(arg.type_ref, arg.example)
    ):
        return examples.as_argument(arg.type_ref, arg.example)
    return examples.of(arg.type_ref)


def _response_model(api: ir.Api, op: ir.Operation) -> ir.Model:
    ref = op.success.type if op.success else None
    if isinstance(ref, ir.Nullable):
        ref = ref.inner
    assert isinstance(ref, ir.Named)
    model = api.type(ref.key)
    assert isinstance(model, ir.Model)
    return model


def _model_of(api: ir.Api, ref: ir.TypeRef) -> ir.Model:
    if isinstance(ref, ir.Nullable):
        ref = ref.inner
    assert isinstance(ref, ir.Named)
    model = api.type(ref.key)
    assert isinstance(model, ir.Model)
    return model


def _item_model(api: ir.Api, f: ir.Field) -> ir.Model:
    ref = f.type.inner if isinstance(f.type, ir.Nullable) else f.type
    assert isinstance(ref, ir.Array)
    return _model_of(api, ref.item)


def _field_named(model: ir.Model, wire: str) -> ir.Field:
    return next(f for f in model.fields if f.wire_name == wire)


def _kinds(t: ir.TypeDef) -> Iterable[str]:
    if isinstance(t, ir.Enum):
        return ("enums",)
    kinds = []
    if "response" in t.usage:
        kinds.append("models")
    if "request" in t.usage:
        kinds.append("params")
    return kinds


def _is_file(ref: ir.TypeRef) -> bool:
    ref = ir.non_null(ref)
    if isinstance(ref, ir.Array):
        ref = ref.item
    return ref == ir.Scalar("binary")


def _auth_expr(security: tuple[ir.SecurityRequirement, ...] | None) -> str:
    if not security:
        return ""
    reqs = ", ".join(escape.py_literal(tuple(req.schemes)) for req in security)
    # A trailing comma only where a 1-tuple needs it: black explodes a "magic" one.
    return f"({reqs},)" if len(security) == 1 else f"({reqs})"


def render(
    api: ir.Api, config: Config, templates: Path | None = None
) -> tuple[dict[str, str], set[str], set[str]]:
    """The rendered files; those from templates that write black's layout; and those copied
    from files already in it."""
    renderer = Renderer(api, config, templates)
    files = renderer.render()
    return files, renderer.canonical, renderer.formatted


def _runtime(annotations: Iterable[str]) -> tuple[str, ...]:
    text = " ".join(annotations)
    return tuple(n for n in ("FileContent", "JsonValue") if re.search(rf"(?<![\w.]){n}\b", text))


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates: compiling them costs more than rendering a whole SDK. They depend
    on the templates alone, not on any spec, so they live beside the generator's own bytecode
    (`generator/__pycache__/templates`) when that is writable, else in the user's cache. Jinja
    keys each entry by its template's source, so an edited template is compiled afresh."""
    user_cache = cache.directory()
    if user_cache is None:
        return None
    for folder in (Path(__file__).resolve().parent / "__pycache__" / "templates", user_cache / "jinja"):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(folder, os.W_OK):
            return jinja2.FileSystemBytecodeCache(str(folder))
    return None


def _stdlib(annotations: Iterable[str]) -> tuple[str, ...]:
    text = " ".join(annotations)
    return tuple(
        m
        for m in ("datetime", "pydantic", "typing", "typing_extensions", "uuid")
        if re.search(rf"\b{m}\.", text)
    )

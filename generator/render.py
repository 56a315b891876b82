"""Stage 5, render: lay the named IR out as files through Jinja2 templates.

Three things live here: the Jinja environment (templates looked up in an optional override
directory first, then in the built-in `templates/`; the escaping filters; the globals), the
file plan (`plan`: each path with its template and the views it gets) and the mapping of
template errors to `SpecError`s that name the template file and line. What templates print
is decided by the view objects of `generator/views/`; templates hold layout only.
"""

from __future__ import annotations

import json
import os
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from . import cache, contract, escape, form_styles, ir, param_styles
from .config import Config
from .errors import Problem, SpecError
from .layout import annotated_line, from_import, statement_line
from .naming import snake
from .text import first_line
from .views import (
    ResourceView,
    auth_params,
    auth_required,
    environment_notes,
    environments,
    job_results,
    resource_views,
    type_modules,
    webhook_views,
)


def _builtin_templates() -> Path:
    """The built-in templates: packaged beside the code in a wheel (`generator/templates`), the
    top-level `templates/` folder in a source checkout or an editable install."""
    here = Path(__file__).resolve().parent
    packaged = here / "templates"
    return packaged if packaged.is_dir() else here.parent / "templates"


BUILTIN_TEMPLATES = _builtin_templates()
BUILTIN_PREFIX = "builtin/"
"""`{% extends "builtin/package/resource.py.jinja" %}` reaches the built-in template even from
an override of the same name (to replace some of its blocks)."""
_EXTRA_DIR = "package/resource_extra/"
_EXTRA_SUFFIX = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
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
# The runtime, copied as is: the first six into every SDK, the others only into one that uses
# them (deprecation warnings, long-running jobs, local file uploads, form encodings, streamed
# responses, paged lists); `_form_styles` comes with `_forms`, `_param_styles` with `_base_client`.
STATIC_FILES = (
    "_base_client.py",
    "_param_styles.py",
    "_errors.py",
    "_models.py",
    "_raw.py",
    "_types.py",
    "_deprecation.py",
    "_jobs.py",
    "_uploads.py",
    "_forms.py",
    "_form_styles.py",
    "_streaming.py",
    "_pagination.py",
)
SHARED_RUNTIME = {
    "_form_styles.py": Path(form_styles.__file__),
    "_param_styles.py": Path(param_styles.__file__),
}
"""Runtime files that are modules of the generator too (it writes the same wire format in
its samples and reads it in its mock): copied from there, so the rules exist once."""
DEFAULT_INSTALL = "./generated"
"""What the README tells users to `pip install` when the output directory is not known."""


@dataclass(frozen=True)
class Planned:
    """One file to render: its path in the output, its template and what the template gets."""

    path: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)


def plan(api: ir.Api, config: Config, views: list[ResourceView], out: Path | None = None) -> list[Planned]:
    """Every rendered file of the SDK (the static runtime and `resource_extra/` aside)."""
    pkg = config.package
    auth = auth_params(api, config)
    envs = environments(api, config)
    upload = next(
        (op.job.upload for op in api.operations if op.job and op.job.uploads and op.job.upload), None
    )
    files = (
        [Planned(f"{pkg}/_upload_kinds.py", "package/_upload_kinds.py.jinja", {"upload": upload})]
        if upload
        else []
    )
    files += [
        Planned("pyproject.toml", "pyproject.toml.jinja"),
        Planned(
            "README.md",
            "README.md.jinja",
            dict(
                auth=auth,
                auth_required=auth_required(api),
                tree=views,
                renderer_environments=envs,
                install=_install_path(out),
                pages=any(m.page for v in views for m in v.methods),
                workflows=any(op.job for op in api.operations),
                streamable=any(v.streamable for v in views),
            ),
        ),
        Planned(
            f"{pkg}/__init__.py",
            "package/__init__.py.jinja",
            {"pages": any(m.page for v in views for m in v.methods)},
        ),
        Planned(
            f"{pkg}/environment.py",
            "package/environment.py.jinja",
            dict(environments=envs, environment_notes=environment_notes(api, config)),
        ),
        Planned(
            f"{pkg}/_client.py",
            "package/_client.py.jinja",
            dict(
                auth=auth,
                auth_required=auth_required(api),
                root=api.resources,
                default_environment=envs[0][0],
            ),
        ),
    ]
    for view in views:
        files.append(Planned(f"{pkg}/{view.module_path}", "package/resource.py.jinja", {"view": view}))
        if view.methods or view.upload_file:
            files.append(Planned(view.docs_path, "docs/resource.md.jinja", {"view": view}))
    if not any(v.module_path == "resources/__init__.py" for v in views):
        files.append(Planned(f"{pkg}/resources/__init__.py", "package/resources_init.py.jinja"))
    if api.webhooks:
        files.append(
            Planned(f"{pkg}/webhooks.py", "package/webhooks.py.jinja", {"hooks": webhook_views(api)})
        )
    return files + _type_files(api, pkg)


def _type_files(api: ir.Api, pkg: str) -> list[Planned]:
    """`types/`: the package, the job results, and each kind's index and modules."""
    results = job_results(api)
    modules = type_modules(api)
    files = [Planned(f"{pkg}/types/__init__.py", "package/types_init.py.jinja")]
    files += [
        Planned(f"{pkg}/types/models/{r.module}.py", "package/job_result.py.jinja", {"result": r})
        for r in results
    ]
    for kind in ("models", "params", "enums"):
        of_kind = [m for m in modules if m.kind == kind]
        context = dict(kind=kind, modules=of_kind, results=results if kind == "models" else [])
        files.append(Planned(f"{pkg}/types/{kind}/__init__.py", "package/types_index.py.jinja", context))
        files += [
            Planned(f"{pkg}/types/{kind}/{m.module}.py", f"package/{kind}_module.py.jinja", {"module": m})
            for m in of_kind
        ]
    return files


def runtime_files(api: ir.Api, views: list[ResourceView]) -> list[str]:
    """The files of the static runtime this SDK uses."""
    styled_forms = any(
        op.body is not None and (op.body.styles or op.body.part_types) for op in api.operations
    )
    used = {
        "_deprecation.py": any(v.has_deprecations for v in views),
        "_jobs.py": any(op.job for op in api.operations),
        "_uploads.py": any(op.job and op.job.uploads and op.job.upload for op in api.operations),
        "_forms.py": styled_forms,
        "_form_styles.py": styled_forms,
        "_streaming.py": any(r.stream for op in api.operations for r in op.responses),
        "_pagination.py": any(m.page for v in views for m in v.methods),
    }
    return [name for name in STATIC_FILES if used.get(name, True)]


def _install_path(out: Path | None) -> str:
    """How the README names the generated project for `pip install`: the output directory as
    given, when relative (from where the generator ran); by its name, when absolute (a path of
    one machine does not belong in a README that is committed). Quoted for a shell."""
    if out is None:
        return DEFAULT_INSTALL
    text = out.as_posix() if not out.is_absolute() else out.name
    if text not in (".", "..") and not text.startswith(("./", "../")):
        text = "./" + text
    return shlex.quote(text)


def environment(api: ir.Api, config: Config, overrides: Path | None = None) -> jinja2.Environment:
    """Templates from `overrides` first, then the built-in ones; strict about undefined names."""
    builtin = jinja2.FileSystemLoader(str(BUILTIN_TEMPLATES))
    loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(str(overrides))] if overrides else []
    loaders += [builtin, jinja2.PrefixLoader({BUILTIN_PREFIX.rstrip("/"): builtin})]
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        bytecode_cache=_bytecode_cache(),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        py_str=escape.py_str,
        py_literal=escape.py_literal,
        docstring=lambda text, indent=4: escape.indent_doc(escape.docstring_body(text), indent),
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
        str_pairs=lambda pairs: [(key, escape.py_str(text)) for key, text in pairs],
        style_pairs=lambda styles: [
            (wire, f"({escape.py_str(style)}, {explode})") for wire, style, explode in styles
        ],
    )
    env.globals.update(
        api=api,
        config=config,
        package=config.package,
        contract=contract,
        annotated_line=annotated_line,
        statement_line=statement_line,
    )
    return env


class Renderer:
    """Renders the file plan, then the per-resource extras, mapping template errors."""

    def __init__(
        self, api: ir.Api, config: Config, templates: Path | None = None, out: Path | None = None
    ) -> None:
        self.api = api
        self.config = config
        self.overrides = templates
        self.out = out
        self.env = environment(api, config, templates)
        self.canonical: set[str] = set()
        """Paths rendered from `CANONICAL_TEMPLATES`."""
        self.formatted: set[str] = set()
        """Paths copied from files already in black's layout (the static runtime)."""
        self._views: list[ResourceView] | None = None

    def resource_views(self) -> list[ResourceView]:
        if self._views is None:
            self._views = resource_views(self.api)
        return self._views

    def render(self) -> dict[str, str]:
        pkg = self.config.package
        files: dict[str, str] = {}
        for name in runtime_files(self.api, self.resource_views()):
            source = SHARED_RUNTIME.get(name, BUILTIN_TEMPLATES / "static" / name)
            files[f"{pkg}/{name}"] = source.read_text(encoding="utf-8")
            # Kept in black's layout in the repository (a test checks it): black need not run.
            self.formatted.add(f"{pkg}/{name}")
        files[f"{pkg}/py.typed"] = ""
        for planned in plan(self.api, self.config, self.resource_views(), self.out):
            files[planned.path] = self._template(planned.template, **planned.context)
            if planned.template in CANONICAL_TEMPLATES and self.overrides is None:
                self.canonical.add(planned.path)
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

    # --- template errors as problems with a file and a line ----------------------------

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
        if name.startswith(BUILTIN_PREFIX):
            return str(BUILTIN_TEMPLATES / name[len(BUILTIN_PREFIX) :])
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


def render(
    api: ir.Api, config: Config, templates: Path | None = None, out: Path | None = None
) -> tuple[dict[str, str], set[str], set[str]]:
    """The rendered files; those from templates that write black's layout; and those copied
    from files already in it. `out` is where they will be written, for the README."""
    renderer = Renderer(api, config, templates, out)
    files = renderer.render()
    return files, renderer.canonical, renderer.formatted


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates: compiling them (~0.3-0.5 s) costs more than rendering a whole SDK.
    They depend on the templates alone, not on any spec, so they live in the user's cache
    directory, never beside the generator's code (which may be installed read-only, or shared),
    and an input cache moved elsewhere (`SDKGEN_CACHE_DIR`) does not start them over. Jinja keys
    each entry by its template's source, so an edited template is compiled afresh."""
    user_cache = cache.user_directory()
    if user_cache is None:
        return None
    folder = user_cache / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder)) if os.access(folder, os.W_OK) else None

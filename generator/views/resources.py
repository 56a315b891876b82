"""One node of `client.<a>.<b>` as its module and docs page see it (`ResourceView`), and the
walk over the resource tree that builds them."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .. import ir
from . import imports
from .annotations import Qualified
from .imports import Imports
from .jobs import JobView, UploadView, uploads_view
from .methods import Method, method

_UPLOAD_FILE = (
    imports.names("_jobs", "Call")
    | imports.names("_uploads", "FileArg", "Uploads")
    | imports.names("_types", "RequestOptions")
)


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
    upload_file: tuple[str, UploadView] | None = None
    """(name, upload) of the method here that uploads one local file (`upload_file`), if any."""

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

    @property
    def has_streams(self) -> bool:
        return any(m.streams for m in self.methods)

    @property
    def workflows(self) -> list[tuple[str, JobView]]:
        """(module constant, job) of every `Workflow` the module defines: one per create with
        a `generate()`, one per polling method with a `result_method`."""
        found = [(m.op.constant_prefix + "_JOB", m.job) for m in self.methods if m.job is not None]
        found += [(m.op.constant_prefix + "_RESULT", m.finish) for m in self.methods if m.finish is not None]
        return found

    @property
    def has_downloads(self) -> bool:
        return any(
            job is not None and job.job.downloads_field is not None
            for m in self.methods
            for job in (m.job, m.finish)
        )

    @property
    def has_uploads(self) -> bool:
        return any(m.job is not None and m.job.upload is not None for m in self.methods)

    @property
    def streamable(self) -> list[Method]:
        """The methods `with_streaming_response` offers: all but lists that page (their pages
        are read whole to find the next one) and streams (read as they arrive already)."""
        return [m for m in self.methods if m.page is None and not m.streams]

    @property
    def uses_unpack(self) -> bool:
        return any(m.unpack for m in self.methods)

    @property
    def error_maps(self) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
        """(module constant, its (status, model) entries) for the methods' error-body maps,
        one per distinct map (`naming` names them)."""
        found = {m.op.errors_name: m.errors for m in self.methods if m.errors}
        return list(found.items())

    @property
    def root(self) -> str:
        """The relative-import prefix that reaches the SDK package."""
        return "." * (self.depth + 1)

    @functools.cached_property
    def imports(self) -> Imports:
        """What the module needs imported: its methods' needs and the core classes."""
        core = imports.names("_base_client", "AsyncCore", "SyncCore")
        raw = (
            imports.names("_raw", "async_to_raw_response", "to_raw_response")
            if self.methods
            else imports.NONE
        )
        if self.streamable:
            raw |= imports.names("_raw", "async_to_streamed_response", "to_streamed_response")
        needs = imports.union(m.imports for m in self.methods) | core | raw
        if self.upload_file is not None:
            needs |= _UPLOAD_FILE
            if self.upload_file[1].kind_enum is not None:
                needs |= imports.names("types", "enums")
        return needs

    @property
    def stdlib(self) -> list[str]:
        """Modules imported before `typing` (standard library, and pydantic)."""
        return sorted(self.imports.modules - {"typing", "typing_extensions"})

    @property
    def from_imports(self) -> list[tuple[str, list[str]]]:
        """(module of the SDK, names) of each `from` import, by module."""
        modules = sorted({module for module, _ in self.imports.names})
        return [(module, self.imports.of(module)) for module in modules]

    @property
    def type_modules(self) -> list[str]:
        """The packages of `types` its annotations refer to (`enums`, `models`, `params`)."""
        return self.imports.of("types")

    @property
    def runtime(self) -> list[str]:
        """Names it imports from the SDK's `_types`."""
        return self.imports.of("_types")


def resource_views(api: ir.Api) -> list[ResourceView]:
    """Every resource below the client, depth first."""
    assert api.resources is not None
    views: list[ResourceView] = []
    annotators = Qualified.of(api)
    upload = api.upload
    upload_at = ".".join(("client", *upload.method[:-1])) if upload is not None and upload.method else None

    def walk(node: ir.Resource, access: str) -> None:
        for child in node.children:
            dirs = "/".join(child.path)
            child_access = f"{access}.{child.name}"
            views.append(
                ResourceView(
                    resource=child,
                    methods=tuple(method(api, op, annotators) for op in child.operations),
                    children=child.children,
                    module_path=f"resources/{dirs}/__init__.py" if child.children else f"resources/{dirs}.py",
                    depth=len(child.path) + (1 if child.children else 0),
                    access=child_access,
                    upload_file=(
                        (upload.method[-1], uploads_view(api, upload))
                        if upload is not None and child_access == upload_at
                        else None
                    ),
                )
            )
            walk(child, child_access)

    walk(api.resources, "client")
    return views

"""The stages in order: load -> validate -> normalize -> name -> render -> format.

Each stage is a function of the previous stage's output; nothing here reaches back. `build`
returns the finished file map; writing or comparing it is `write.py`'s job. `named_api` stops
before rendering, for tools that only need the SDK's surface (`diff`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import ir
from .deep import run_deep
from .errors import Diagnostics, Problem, SpecError
from .load import load
from .progress import SILENT, Progress
from .validate import Validation

# The later stages are imported once the validator's process has started (`_named_api`):
# importing them first (jinja2, black's pool, the IR) would delay that start, and on a new
# document the validator is what the whole run waits for.
if TYPE_CHECKING:
    from . import ir
    from .config import Config


@dataclass(frozen=True)
class Inputs:
    spec: Path
    config: Path | None
    templates: Path | None = None
    lenient: bool = False
    allow_remote_refs: bool = False
    out: Path | None = None
    """Where the files will be written (the README says how to install them from there)."""
    progress: Progress = field(default=SILENT, compare=False)
    """Where stages are reported as they start (`sdkgen generate` on a terminal)."""


@dataclass
class Result:
    files: dict[str, str]
    config: Config
    diagnostics: Diagnostics = field(default_factory=Diagnostics)


@dataclass
class NamedApi:
    """The SDK's surface without its files: the named IR, the config it was built with."""

    api: ir.Api
    config: Config
    diagnostics: Diagnostics = field(default_factory=Diagnostics)


def named_api(inputs: Inputs) -> NamedApi:
    """Every stage up to `name` (load, validate, normalize, attach jobs, name); no rendering.

    `build` renders what this returns; `diff` compares two of them.
    """
    validation = _start(inputs)
    named = run_deep(lambda: _named_api(inputs, validation))
    _finish(named, validation)
    return named


def _start(inputs: Inputs) -> Validation:
    """Load the document and start validating it, in the calling thread.

    The validator's workers are forked here, before `run_deep` starts its thread: a fork in a
    process that runs other threads may deadlock the child (Python 3.12 warns about it).
    Loading needs no deep stack: the loader caps nesting and walks the tree iteratively.
    """
    inputs.progress.stage("loading")
    doc = load(inputs.spec, allow_remote=inputs.allow_remote_refs)
    inputs.progress.stage("validating")
    return Validation(doc, lenient=inputs.lenient)


def _named_api(inputs: Inputs, validation: Validation) -> NamedApi:
    """The named IR; the validator's verdict is still on its way (see `validate.Validation`)."""
    diagnostics = Diagnostics()
    doc = validation.doc
    diagnostics.warnings.extend(doc.warnings)
    from .config import load_config
    from .jobs import attach_jobs, check_method_names
    from .pagination import attach_paging
    from .naming import name_api
    from .normalize import Options, normalize

    try:
        inputs.progress.stage("reading the document")
        title = str((doc.root.get("info") or {}).get("title", "api"))
        config = load_config(inputs.config, title)
        api = normalize(doc, Options(grouping=config.grouping, method_names=config.method_names), diagnostics)
        api = attach_jobs(api, config)
        api = attach_paging(api, config)
        named = name_api(
            api, client_names=(config.client, config.async_client), python_keys=config.field_names == "python"
        )
        check_method_names(named, config)
    except SpecError as exc:
        # An invalid document explains itself best through the validator: report that first.
        validation.finish(diagnostics)
        raise SpecError([doc.locate(p) for p in exc.problems], exc.note) from None
    except Exception:
        # normalize trusts the document's shape (`responses: "nope"` is an AttributeError):
        # on an invalid document the validator's verdict is the answer, not a traceback.
        validation.finish(diagnostics)
        raise
    except BaseException:
        validation.close()
        raise
    return NamedApi(named, config, diagnostics)


def _finish(named: NamedApi, validation: Validation) -> None:
    # Finding a warning's line can mean composing the document's YAML nodes (~0.1 s for the
    # full Magic Hour spec): done while the validator may still be running, not after it.
    # `locate` returns a problem that has its line as it is.
    named.diagnostics.warnings = validation.doc.locate_all(named.diagnostics.warnings)
    validation.finish(named.diagnostics)
    named.diagnostics.warnings = validation.doc.locate_all(named.diagnostics.warnings)


def history_api(spec: Path, config: Config) -> ir.Api:
    """An earlier release's SDK surface, for the removal grace period: loaded, normalized and
    named with the current config, not validated.

    Validation is the costly stage (a second validator run, 1.3 s cold for Magic Hour's previous
    release, on every generation), and it was done when that release was the current spec; its
    warnings were reported then too. What normalize cannot read is a problem of the config's
    `history`, reported with the document's path (exit 2).
    """
    from .naming import name_api
    from .normalize import Options, normalize

    def stages() -> ir.Api:
        try:
            doc = load(spec)
        except SpecError as exc:
            raise SpecError(exc.problems, _HISTORY_NOTE) from None
        try:
            api = normalize(
                doc, Options(grouping=config.grouping, method_names=config.method_names), Diagnostics()
            )
            return name_api(
                api,
                client_names=(config.client, config.async_client),
                python_keys=config.field_names == "python",
            )
        except SpecError as exc:
            raise SpecError([doc.locate(p) for p in exc.problems], _HISTORY_NOTE) from None
        except Exception as exc:  # noqa: BLE001 - an unvalidated document may break normalize's assumptions
            raise SpecError(
                Problem(f"cannot be read as an earlier release: {exc!r}", str(spec)), _HISTORY_NOTE
            ) from None

    return run_deep(stages)


_HISTORY_NOTE = "in a spec the config's `history: specs` lists (earlier releases are read without validation)"


def build(inputs: Inputs) -> Result:
    validation = _start(inputs)

    def stages() -> tuple[NamedApi, dict[str, str]]:
        named = _named_api(inputs, validation)
        from .format import format_files
        from .grace import with_removed
        from .render import render

        templates = inputs.templates or named.config.templates
        api, progress = named.api, inputs.progress
        progress.stage("rendering", len(api.operations), f"operations, {len(api.types)} types")
        try:
            # The earlier releases are read here, while the validator's workers check this one.
            api = with_removed(named.api, named.config)
            rendered, canonical, formatted = render(api, named.config, templates, inputs.out)
            progress.stage("formatting", len(rendered), "files")
            files = format_files(rendered, canonical=canonical, formatted=formatted)
        except BaseException:
            validation.close()
            raise
        # Nothing leaves this function for an invalid document: the verdict is in first.
        progress.stage("waiting for the validator")
        _finish(named, validation)
        return named, files

    try:
        named, files = run_deep(stages)
    finally:
        inputs.progress.done()
    return Result(files, named.config, named.diagnostics)

"""Stage 2, validate: `openapi-spec-validator`, then our own semantic checks.

- `openapi`: the validator proper, its findings located and split into structural ones (they
  stop the run unless `--lenient`) and the others (warnings);
- `pieces`: the document cut into pieces, so a changed document is checked again only where
  it changed, and a new one in parallel;
- `semantic`: our own checks (path templates against path parameters).

The verdict depends only on the document's content, so it is cached by a hash of it
(`cache.py`): `check` on an unchanged spec skips both the validator's import (~0.4 s) and its
run. On a new document the validator runs in forked processes, beside the rest of the
pipeline; `Validation.finish` waits for it before anything is written.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
from concurrent.futures import Future, ProcessPoolExecutor

from .. import cache
from ..errors import Diagnostics, Problem, SpecError
from ..load import Document
from ..workers import exit_with_parent
from .openapi import Finding, run_validator
from .pieces import Cutter, Part
from .semantic import path_parameters

_SUPPORTED = re.compile(r"^3\.[01]\.\d+$")
MAX_ERRORS = 50
"""Structural problems listed one per line; a count says how many more there are."""


class Validation:
    """The validator's verdict on a document, computed while the rest of the pipeline runs.

    The version and our own semantic checks run at once (they are quick and their messages
    name the exact operation). The validator proper, on a document it has not seen before,
    runs in a forked process: importing and running it costs most of a second, which then
    overlaps normalizing, rendering and formatting instead of preceding them. `finish()`
    waits for it and reports, before anything is written.
    """

    def __init__(self, doc: Document, *, lenient: bool = False) -> None:
        self.doc = doc
        self.lenient = lenient
        root = doc.root
        version = root.get("openapi")
        if not isinstance(version, str) or not _SUPPORTED.match(version):
            shown = version if isinstance(version, str) else json.dumps(version)
            if "swagger" in root:
                message = "Swagger 2.0 is not supported: convert the document to OpenAPI 3 first"
            else:
                message = f"unsupported `openapi` version {shown!r} (3.0.x and 3.1.x are supported)"
            raise SpecError(doc.locate(Problem(message, doc.name, "/openapi")))
        # Our own checks first: their messages name the exact operation, where the validator's
        # (e.g. "Path parameter 'id' ... was not resolved") carry no location. On a document too
        # malformed for them, the validator explains what is wrong, and they run after it.
        try:
            self._semantic: list[Problem] | None = list(path_parameters(doc))
        except (AttributeError, TypeError, ValueError, SpecError):
            self._semantic = None
        if self._semantic:
            raise SpecError([doc.locate(p) for p in self._semantic])
        # The validator's verdict, piece by piece (see `pieces`): each piece's verdict is
        # cached by its content, and the pieces not seen before are validated in parallel.
        files = {doc.path_of(name).resolve().as_uri(): doc.tree(name) for name in doc.files[1:]}
        self._cutter = Cutter(root, whole=bool(files), files=files)
        self._parts = self._cutter.layout()
        self._keys = [self._cutter.key(part, version) for part in self._parts]
        self._cached = [_load_verdict(key, doc.name) for key in self._keys]
        missing = [part for part, found in zip(self._parts, self._cached) if found is None]
        self._futures, self._pool = _submit(
            self._cutter, missing, version, doc.path.resolve().as_uri(), doc.name
        )
        self._findings: list[Finding] | None = None

    def findings(self) -> list[Finding]:
        if self._findings is None:
            futures = iter(self._futures)
            findings: list[Finding] = []
            seen: set[Finding] = set()
            for key, found in zip(self._keys, self._cached):
                if found is None:
                    found = next(futures).result()
                    _store_verdict(key, found)
                for finding in found:
                    if finding not in seen:
                        seen.add(finding)
                        findings.append(finding)
            self._findings = findings
            self.close()
        return self._findings

    def problems(self) -> list[Problem]:
        """The structural problems: what makes the document unusable without `--lenient`."""
        return [f.problem for f in self.findings() if f.structural]

    def close(self) -> None:
        """Stop the workers and join the pool's manager thread.

        Left running, that thread closes its wake-up pipe while the interpreter's exit hook
        may be writing to it (CPython 3.11 does not lock the two against each other), which
        prints an `OSError` traceback on the way out of an otherwise clean exit.
        """
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def finish(self, diagnostics: Diagnostics) -> None:
        """Report the verdict: raise on structural problems (warn with `--lenient`); warn about
        the others."""
        problems = self.problems()
        for finding in self.findings():
            if not finding.structural:
                p = finding.problem
                diagnostics.warn(f"invalid OpenAPI: {p.message}", p.pointer, p.file)
        if problems and self.lenient:
            for p in problems:
                diagnostics.warn(f"invalid OpenAPI (ignored with --lenient): {p.message}", p.pointer, p.file)
        elif problems:
            shown = [self.doc.locate(p) for p in problems[:MAX_ERRORS]]
            more = len(problems) - len(shown)
            count = f"{len(problems)} OpenAPI validation problem{'s' if len(problems) > 1 else ''}"
            raise SpecError(
                shown,
                note=(f"{count} ({more} more not shown)" if more else count)
                + "; `--lenient` generates anyway, reporting them as warnings",
            )
        if self._semantic is None:
            semantic = list(path_parameters(self.doc))
            if semantic:
                raise SpecError([self.doc.locate(p) for p in semantic])


def validate(doc: Document, diagnostics: Diagnostics, *, lenient: bool = False) -> None:
    Validation(doc, lenient=lenient).finish(diagnostics)


def _load_verdict(key: str, name: str) -> list[Finding] | None:
    stored = cache.get_json("validate", key)
    if not isinstance(stored, list):
        return None
    return [
        Finding(Problem(str(x["message"]), name, str(x["pointer"])), bool(x.get("structural", True)))
        for x in stored
        if isinstance(x, dict)
    ]


def _store_verdict(key: str, findings: list[Finding]) -> None:
    cache.put_json(
        "validate",
        key,
        [
            {"message": f.problem.message, "pointer": f.problem.pointer, "structural": f.structural}
            for f in findings
        ],
    )


def _submit(
    cutter: Cutter, parts: list[Part], version: str, base_uri: str, name: str
) -> tuple[list[Future[list[Finding]]], ProcessPoolExecutor | None]:
    args = [(part, version, base_uri, name) for part in parts]
    if not args or "fork" not in multiprocessing.get_all_start_methods():
        done = []
        for arg in args:
            future: Future[list[Finding]] = Future()
            future.set_result(validate_part(cutter, *arg))
            done.append(future)
        return done, None
    # Forked workers: the document is already in memory (handed over by `initargs`, which a
    # fork does not pickle) and each child starts at once. The pipeline creates this pool
    # before it starts any thread of its own (see `pipeline._start`).
    workers = max(1, min(len(parts), os.cpu_count() or 1))
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_adopt,
        initargs=(cutter,),
    )
    futures = [pool.submit(_validate_in_worker, *arg) for arg in args]
    # Not shut down here: `shutdown(wait=False)` forgets the manager thread, and `close()`
    # must be able to join it.
    return futures, pool


_worker_cutter: Cutter | None = None


def _adopt(cutter: Cutter) -> None:
    global _worker_cutter
    _worker_cutter = cutter
    exit_with_parent()


def _validate_in_worker(part: Part, version: str, base_uri: str, name: str) -> list[Finding]:
    assert _worker_cutter is not None, "a validation worker starts with its document"
    return validate_part(_worker_cutter, part, version, base_uri, name)


def validate_part(cutter: Cutter, part: Part, version: str, base_uri: str, name: str) -> list[Finding]:
    """The verdict on a coarse piece, from its fine pieces' cached verdicts where they can give it."""
    fine = cutter.split(part)
    if len(fine) == 1:
        return run_validator(cutter.document(part), version, base_uri, name, cutter.files)
    keys = [cutter.key(f, version) for f in fine]
    verdicts = [_load_verdict(key, name) for key in keys]
    new = [i for i, verdict in enumerate(verdicts) if verdict is None]
    if len(new) * 2 > len(fine):
        findings = run_validator(cutter.document(part), version, base_uri, name)
        if not findings:
            # A valid document's pieces are valid (a stand-in only loosens what it stands for).
            for i in new:
                _store_verdict(keys[i], [])
        return findings
    findings = []
    for i in new:
        verdicts[i] = run_validator(cutter.document(fine[i]), version, base_uri, name)
        _store_verdict(keys[i], verdicts[i] or [])
    for verdict in verdicts:
        findings.extend(f for f in verdict or [] if f not in findings)
    return findings

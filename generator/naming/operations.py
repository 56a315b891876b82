"""Names of methods and what belongs to them: method and keyword argument names, the module
constants a resource module defines for its methods, and the result classes of `generate()`."""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from .. import contract, ir
from . import reserved
from .resources import resource_key
from .words import Registry, attribute_name, file_name, safe, snake, words


def name_operations(api: ir.Api) -> tuple[ir.Operation, ...]:
    """Every operation with its method name, title, argument names and constants; the types
    must be named already."""
    by_resource: dict[tuple[str, ...], list[ir.Operation]] = defaultdict(list)
    for op in api.operations:
        by_resource[resource_key(op.resource)].append(op)
    named: dict[str, ir.Operation] = {}
    for ops in by_resource.values():
        names = _method_names(ops)
        errors = _error_constants(ops)
        for op in ops:
            name = names[op.key]
            title = op.summary or " ".join(words(op.operation_id or "")).capitalize() or name
            params, body = _name_arguments(api, op)
            named[op.key] = dataclasses.replace(
                op,
                parameters=params,
                body=body,
                name=name,
                title=title,
                constant_prefix="_" + name.upper().strip("_"),
                errors_name=errors.get(op.key, ""),
            )
    return tuple(named[op.key] for op in api.operations)


def _method_names(ops: list[ir.Operation]) -> dict[str, str]:
    """The methods of one resource, unique within it."""
    wanted = {op.key: safe(snake([op.action]), reserved.RESOURCE, "op") for op in ops}
    counts: dict[str, int] = defaultdict(int)
    for name in wanted.values():
        counts[name] += 1
    registry = Registry()
    names = {}
    for op in ops:
        name = wanted[op.key]
        if counts[name] > 1 and op.operation_id:
            # Two operations want the same verb: fall back to the operationId's own words
            # (minus a `resource.` prefix), which the spec author chose to be distinct.
            name = safe(snake([op.operation_id.rsplit(".", 1)[-1]]), reserved.RESOURCE, "op")
        names[op.key] = registry.claim(name)
    return names


def _error_constants(ops: list[ir.Operation]) -> dict[str, str]:
    """One constant per distinct set of typed error bodies in a resource module: `_ERRORS`,
    then `_ERRORS_2`..., in the order the methods come."""
    names: dict[tuple[tuple[str, str], ...], str] = {}
    found = {}
    for op in ops:
        errors = tuple((r.status, repr(r.type)) for r in op.typed_errors)
        if errors:
            found[op.key] = names.setdefault(errors, "_ERRORS" if not names else f"_ERRORS_{len(names) + 1}")
    return found


def _name_arguments(api: ir.Api, op: ir.Operation) -> tuple[tuple[ir.Parameter, ...], ir.Body | None]:
    """Keyword names for the parameters and the body (its properties, when flattened). A
    method that starts a job has a `generate()` twin taking the same arguments beside its own
    (`wait_for_completion`...): those names are taken too."""
    kwarg = reserved.KWARG | _generate_names(op.job)
    taken = Registry(kwarg)
    params = tuple(
        dataclasses.replace(p, name=attribute_name(p.wire_name, kwarg, taken)) for p in op.parameters
    )
    body = op.body
    model = api.model(body.type, aliases=False) if body is not None and body.flatten else None
    if body is not None and model is not None:
        arg_names = tuple(
            (f.wire_name, attribute_name(f.wire_name, kwarg, taken)) for f in model.fields if not f.read_only
        )
        body = dataclasses.replace(body, arg_names=arg_names)
    elif body is not None:
        body = dataclasses.replace(body, name=attribute_name("body", kwarg, taken))
    return params, body


def _generate_names(job: ir.Job | None) -> set[str]:
    """The arguments of the `generate()` a job-starting method gets, beside the method's own."""
    if job is None:
        return set()
    return {a.name for a in contract.generate_arguments(job.downloads_field is not None)}


def name_job_results(api: ir.Api, classes: Registry, modules: Registry) -> tuple[ir.Operation, ...]:
    """One `<PollResponse>WithDownloads` model per polling operation, shared by its creates;
    a job with nothing to download returns the polling response itself."""
    named: dict[str, tuple[str, str]] = {}

    def result_of(job: ir.Job | None) -> ir.Job | None:
        if job is None:
            return None
        poll = api.operation(job.poll)
        result = api.definition(poll.success.type if poll.success else None, aliases=False)
        assert result is not None
        if job.downloads_field is None:
            return dataclasses.replace(job, result_name=result.name)
        if job.poll not in named:
            name = classes.claim(result.name + "WithDownloads", fold_case=True)
            named[job.poll] = (name, modules.claim(file_name(snake([name])), fold_case=True))
        name, module = named[job.poll]
        return dataclasses.replace(job, result_name=name, result_module=module)

    return tuple(
        dataclasses.replace(op, job=result_of(op.job), finishes=result_of(op.finishes))
        for op in api.operations
    )

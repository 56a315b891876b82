"""The contract between generated code and the SDK runtime copied into every SDK
(`templates/static/`), stated once.

`generate()` is a signature, a docstring and one call of the runtime's `run_job` (or
`arun_job`): its own arguments are passed straight through, so their names, annotations and
defaults here must be `run_job`'s keyword arguments (`tests/test_templates.py` checks them
against `templates/static/_jobs.py`). The templates read this module as the `contract`
global: the signatures, the docstrings, the README and the docs pages all say what it says.
"""

from __future__ import annotations

from dataclasses import dataclass

WAIT_TIMEOUT = 1800.0
"""Seconds `generate()` waits for a job by default (the runtime's `DEFAULT_WAIT_TIMEOUT`)."""
MAX_DOWNLOAD_BYTES = 10 * 1024**3
"""The largest file a download may write by default (the runtime's `DEFAULT_MAX_DOWNLOAD_BYTES`)."""
POLL_INTERVAL = 0.5
"""Seconds before the first poll, unless the config's `poll_interval_env` says otherwise."""

RUN_JOB = "run_job"
"""The runtime's function that `generate()` calls (`_jobs.run_job`; `arun_job` when async)."""
CHECK_JOB = "check_job"
"""The runtime's function a workflow's `result_method` calls (`_jobs.check_job`; `acheck_job`
when async): it takes the same keyword arguments as `run_job`."""


def _size(n: int) -> str:
    gib = n / 1024**3
    return f"{gib:g} GiB" if gib >= 1 else f"{n} bytes"


@dataclass(frozen=True)
class Argument:
    """One of `generate()`'s own keyword arguments."""

    name: str
    annotation: str
    default: str
    """The default as generated code writes it (a literal, or a constant of the runtime)."""
    value: object
    """The default's value, as the runtime defines it."""
    doc: str
    """Its line in the `Args:` section of `generate()`'s docstring (continued lines unindented)."""
    downloads: bool = False
    """Only a job with outputs to download takes it."""
    example: str | None = None
    """The value examples pass (a Python literal), when they show the argument."""
    runtime: tuple[str, ...] = ()
    """Names its default needs from the runtime's `_jobs`."""
    modules: tuple[str, ...] = ()
    """Modules its annotation needs besides `typing`."""
    positional: bool = False
    """A workflow's `result_method` also takes it by position, after the job id: the official
    Magic Hour SDK's `check_result(id, wait_for_completion, download_outputs,
    download_directory)`, whose order these keep (`generate()` takes keywords only)."""


GENERATE_ARGUMENTS = (
    Argument(
        "wait_for_completion",
        "bool",
        "True",
        True,
        "Poll until the job ends; if False, return the state after one poll.",
        example="True",
        positional=True,
    ),
    Argument(
        "download_outputs",
        "bool",
        "True",
        True,
        "Download the outputs of a successful job.",
        True,
        "True",
        positional=True,
    ),
    Argument(
        "download_directory",
        "typing.Union[str, os.PathLike[str], None]",
        "None",
        None,
        "Where to save them (default: the current directory). File names come\n"
        "from the server but never leave this directory; an existing file is kept and the\n"
        "download gets a free name (`name-1.png`) unless `overwrite` is True.",
        True,
        '"."',
        modules=("os",),
        positional=True,
    ),
    Argument(
        "wait_timeout",
        "typing.Optional[float]",
        "DEFAULT_WAIT_TIMEOUT",
        WAIT_TIMEOUT,
        "Seconds to wait for the job before raising `WaitTimeoutError`; `None` waits\nforever.",
        runtime=("DEFAULT_WAIT_TIMEOUT",),
    ),
    Argument("overwrite", "bool", "False", False, "Replace existing files with the same name.", True),
    Argument(
        "max_download_bytes",
        "typing.Optional[int]",
        "DEFAULT_MAX_DOWNLOAD_BYTES",
        MAX_DOWNLOAD_BYTES,
        f"The largest file to download (default {_size(MAX_DOWNLOAD_BYTES)}; `None`: no limit). A bigger\n"
        "one raises `DownloadError` and leaves nothing on disk.",
        True,
        runtime=("DEFAULT_MAX_DOWNLOAD_BYTES",),
    ),
    Argument(
        "request_options",
        "typing.Optional[RequestOptions]",
        "None",
        None,
        "Per-request overrides for every call this makes (downloads take only the\ntimeout and retries).",
    ),
)


class _ByName:
    """`contract.arguments.wait_timeout`: the arguments by name, for prose that names one."""

    def __getattr__(self, name: str) -> Argument:
        found = next((a for a in GENERATE_ARGUMENTS if a.name == name), None)
        if found is None:
            raise AttributeError(name)
        return found


arguments = _ByName()


def generate_arguments(downloads: bool) -> list[Argument]:
    """`generate()`'s own arguments, in signature order, for a job with or without downloads."""
    return [a for a in GENERATE_ARGUMENTS if downloads or not a.downloads]


wait_timeout = f"{WAIT_TIMEOUT:g}"
"""`WAIT_TIMEOUT` as the docs write it (`1800`)."""
max_download = _size(MAX_DOWNLOAD_BYTES)
"""`MAX_DOWNLOAD_BYTES` as the docs write it (`10 GiB`)."""
poll_interval = f"{POLL_INTERVAL:g}"
"""`POLL_INTERVAL` as the docs write it (`0.5`)."""

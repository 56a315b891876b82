"""What `sdkgen generate` is doing, on one line of stderr that rewrites itself (stage and
counts), so a large document does not look hung; only on a terminal, never in CI or a pipe,
where the line would be noise in a log.
"""

from __future__ import annotations

import os
import time
from typing import TextIO

# Set by the common CI services (GitHub Actions, GitLab, CircleCI, Buildkite, Jenkins, ...).
_CI_VARIABLES = ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "JENKINS_URL", "TF_BUILD")
_CLEAR = "\r\x1b[K"


class Progress:
    """Stages as they start; a disabled one (`Progress(None)`) says nothing."""

    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream
        self._started = time.monotonic()
        self._shown = False

    @property
    def enabled(self) -> bool:
        return self._stream is not None

    def stage(self, name: str, count: int | None = None, unit: str = "") -> None:
        if self._stream is None:
            return
        counted = f" ({count} {unit})" if count is not None else ""
        elapsed = time.monotonic() - self._started
        self._stream.write(f"{_CLEAR}sdkgen: {name}{counted} [{elapsed:.1f}s]")
        self._stream.flush()
        self._shown = True

    def done(self) -> None:
        """Clear the line, so what is printed next starts clean."""
        if self._stream is not None and self._shown:
            self._stream.write(_CLEAR)
            self._stream.flush()
            self._shown = False


def for_stream(stream: TextIO) -> Progress:
    """A `Progress` on `stream` when it is a terminal outside CI, else a silent one."""
    interactive = stream.isatty() and os.environ.get("TERM") != "dumb"
    in_ci = any(os.environ.get(name) for name in _CI_VARIABLES)
    return Progress(stream if interactive and not in_ci else None)


SILENT = Progress(None)

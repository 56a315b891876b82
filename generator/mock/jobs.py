"""Long-running jobs (the config's `workflows`): created by one call, advanced by each poll."""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field
from typing import Any

MAX_OUTPUTS = 64
COUNT_FIELD = "image_count"
"""A create-body field that says how many files the job produces (Magic Hour's name for it)."""


@dataclass
class Job:
    id: str
    workflow: str
    outcome: str
    """The status the job ends in: a success value, or a failure value when asked to fail."""
    pending: tuple[str, ...]
    outputs: int
    request: dict[str, Any] = field(default_factory=dict)
    polls: int = 0


class Jobs:
    def __init__(self, polls_to_complete: int) -> None:
        self.polls_to_complete = polls_to_complete
        self._jobs: dict[str, Job] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def create(self, workflow: str, outcome: str, pending: tuple[str, ...], request: Any) -> Job:
        body = request if isinstance(request, dict) else {}
        count = body.get(COUNT_FIELD)
        outputs = (
            min(count, MAX_OUTPUTS)
            if isinstance(count, int) and not isinstance(count, bool) and count > 0
            else 1
        )
        with self._lock:
            job = Job(f"mock-{next(self._ids)}", workflow, outcome, pending, outputs, dict(body))
            self._jobs[job.id] = job
        return job

    def poll(self, job_id: str, workflows: set[str]) -> tuple[Job, str] | None:
        """Advance the job one step; its status after this poll."""
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None or job.workflow not in workflows:
                return None
            job.polls += 1
            if job.polls >= self.polls_to_complete or not job.pending:
                return job, job.outcome
            return job, job.pending[min(job.polls, len(job.pending)) - 1]

    def delete(self, job_id: str, workflows: set[str]) -> bool:
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None or job.workflow not in workflows:
                return False
            del self._jobs[job_id]
            return True

    def clear(self) -> None:
        with self._lock:
            self._jobs.clear()

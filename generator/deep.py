"""Room for long reference chains: the stages that walk `$ref`s recursively run here.

This one is for correctness, not speed: without it, a spec with a long chain of references
fails with a RecursionError.

Each `$ref` to a schema not seen yet costs the normalizer about ten Python frames, so a chain of
a hundred schemas (A refers to B, which refers to C...) already passes Python's default recursion
limit of 1,000; large real specs have longer chains. `run_deep` runs a function in a thread with
a large stack and a recursion limit to match, so the depth is bounded by the document (and the
loader's limits), not by the interpreter's defaults.
"""

from __future__ import annotations

import sys
import threading
from typing import Callable, TypeVar

T = TypeVar("T")

RECURSION_LIMIT = 50_000
STACK_BYTES = 512 * 1024 * 1024
"""Virtual memory: only the pages a deep walk touches are ever used."""
_NAME = "sdkgen-deep"


def run_deep(fn: Callable[[], T]) -> T:
    if threading.current_thread().name == _NAME:
        return fn()
    result: list[T] = []
    error: list[BaseException] = []

    def target() -> None:
        try:
            result.append(fn())
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            error.append(exc)

    limit = sys.getrecursionlimit()
    stack = threading.stack_size()
    try:
        threading.stack_size(STACK_BYTES)
        thread = threading.Thread(target=target, name=_NAME, daemon=True)
        sys.setrecursionlimit(max(limit, RECURSION_LIMIT))
        thread.start()
    finally:
        threading.stack_size(stack)
    try:
        thread.join()
    finally:
        sys.setrecursionlimit(limit)
    if error:
        raise error[0].with_traceback(error[0].__traceback__)
    return result[0]

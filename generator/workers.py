"""Worker processes (the validator's, black's) that end with the generator.

A forked pool worker waits on its task pipe, whose write end it holds itself: when the
generator is killed (SIGKILL, a CI timeout) nothing ever wakes it, and it would live on.
"""

from __future__ import annotations

import os
import threading
import time


def exit_with_parent() -> None:
    """Run in a worker as it starts (a pool's `initializer`): it exits once its parent is gone."""
    parent = os.getppid()
    threading.Thread(target=_watch, args=(parent,), daemon=True, name="sdkgen-exit-with-parent").start()


def _watch(parent: int) -> None:
    # An orphan is re-parented (to init or a subreaper): its parent id changes.
    while os.getppid() == parent:
        time.sleep(0.25)
    os._exit(1)

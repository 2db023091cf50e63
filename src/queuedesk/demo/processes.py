"""Starting the hall's windows as child processes that never outlive the demo."""
from __future__ import annotations

import os
import signal
import subprocess
import sys


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    # Linux: if the demo is killed outright, the kernel stops its windows too.
    try:
        import ctypes
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)    # PR_SET_PDEATHSIG
    except OSError:
        pass


def start(args: list[str], env: dict[str, str] | None = None) -> subprocess.Popen:
    """Start `queuedesk ARGS` with this interpreter, as the installed command would."""
    return subprocess.Popen([sys.executable, "-m", "queuedesk", *args],
                            env={**os.environ, **(env or {})},
                            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)


def stop_all(procs: list[subprocess.Popen], grace_s: float = 5.0) -> None:
    for p in procs:
        if p.poll() is None:
            p.terminate()
    for p in procs:
        try:
            p.wait(grace_s)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()

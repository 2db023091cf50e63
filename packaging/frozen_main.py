"""Entry point of the frozen queuedesk (packaging/queuedesk.spec).

A frozen build has no Python interpreter to run `python -m queuedesk.voice.render_worker`
(the speech worker) or `python -m queuedesk` (the demo's windows), so the executable
understands `-m MODULE` itself, for queuedesk's own modules only; everything else is
the `queuedesk` command line.
"""
import runpy
import sys

if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "-m" and sys.argv[2].split(".")[0] == "queuedesk":
        module = sys.argv[2]
        sys.argv = [sys.argv[0], *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        raise SystemExit(0)
    from queuedesk.cli import main

    raise SystemExit(main())

"""Client sub-commands (windows, voice, demo, simulation) registered with the CLI.

Each module's `register(subparsers)` adds its sub-parser; the heavy imports (Qt) happen
inside the command, so `queuedesk ticket issue` never loads Qt.
"""
from __future__ import annotations

from queuedesk.simulation import command as simulate

REGISTRARS: list = [simulate.register]

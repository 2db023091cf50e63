"""Client sub-commands (windows, voice, demo, simulation) registered with the CLI.

Each entry adds its sub-parser; imports stay inside so `queuedesk ticket issue` never
loads Qt.
"""
from __future__ import annotations

REGISTRARS: list = []

"""Client sub-commands (windows, voice, demo, simulation, staffing plan, web, reports, head office, machine set-up) registered with the CLI.

Each module's `register(subparsers)` adds its sub-parser; the heavy imports (Qt) happen
inside the command, so `queuedesk ticket issue` never loads Qt.
"""
from __future__ import annotations

from queuedesk.console import command as console
from queuedesk.demo import command as demo
from queuedesk.desk import command as desk
from queuedesk.display import command as display
from queuedesk.headoffice import command as headoffice
from queuedesk.kiosk import command as kiosk
from queuedesk.machine import command as machine
from queuedesk.planning import command as plan
from queuedesk.rate import command as rate
from queuedesk.reports import command as reports
from queuedesk.simulation import command as simulate
from queuedesk.voice import command as voice
from queuedesk.web import command as web

REGISTRARS: list = [kiosk.register, desk.register, display.register, voice.register, rate.register,
                    console.register, demo.register, simulate.register, plan.register, web.register,
                    reports.register, headoffice.register, machine.register]

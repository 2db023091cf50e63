"""The machine roles `queuedesk setup` knows, and what each one starts."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MachineRole:
    name: str            # the role, as `queuedesk setup NAME` says it
    what: str            # for the person setting it up
    graphical: bool      # a window on the user's desktop (else a service that needs no log-in)
    restart_after_quit: bool = True    # False: staff quitting it (exit 0) is final, as the kiosk's menu
    also_in_menu: tuple[str, ...] = ()  # other windows its user opens from the menu

    @property
    def unit(self) -> str:
        return f"queuedesk-{self.name}.service"

    @property
    def autostart(self) -> str | None:
        return f"queuedesk-{self.name}.desktop" if self.graphical else None

    @property
    def menu(self) -> tuple[str, ...]:
        """Its menu entries (packaging/applications/): its own window and the others its user opens."""
        own = (self.name,) if self.graphical else ()
        return tuple(f"queuedesk-{name}.desktop" for name in (*own, *self.also_in_menu))

    @property
    def wanted_by(self) -> str:
        return "graphical-session.target" if self.graphical else "default.target"

    @property
    def task_name(self) -> str:
        return f"queuedesk {self.name}"


ROLES = {r.name: r for r in (
    MachineRole("kiosk", "the customers' ticket kiosk", graphical=True, restart_after_quit=False),
    MachineRole("desk", "a teller's counter desk", graphical=True),
    MachineRole("display", "the lobby screen (and its voice)", graphical=True),
    MachineRole("console", "the lobby manager's console", graphical=True, also_in_menu=("reports",)),
    MachineRole("web", "the ticket pages on customers' phones (web server)", graphical=False),
)}

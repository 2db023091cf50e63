"""Print the README's permission table (role × permission, with the use cases needing
each) from domain.access.PERMISSIONS and the `needs` marks on the use cases."""
import importlib
import inspect
import pkgutil

import queuedesk.operations as operations
from queuedesk.domain.access import PERMISSIONS, Permission, Role


def use_cases() -> dict[Permission, list[str]]:
    found: dict[Permission, list[str]] = {p: [] for p in Permission}
    for info in pkgutil.iter_modules(operations.__path__):
        module = importlib.import_module(f"queuedesk.operations.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ != module.__name__:
                continue
            if hasattr(fn, "permission"):
                found[fn.permission].append(f"`{info.name}.{name}`")
            for permission in getattr(fn, "checks_actor", ()):
                found[permission].append(f"`{info.name}.{name}`*")
    return found


def table() -> str:
    roles = list(Role)
    rows = ["| permission | " + " | ".join(r.value for r in roles) + " | use cases |",
            "| --- | " + " | ".join(":-:" for _ in roles) + " | --- |"]
    for permission, names in use_cases().items():
        marks = " | ".join("✓" if permission in PERMISSIONS[r] else "" for r in roles)
        rows.append(f"| {permission.value} | {marks} | {', '.join(sorted(names)) or '—'} |")
    return "\n".join(rows) + (
        "\n\n\\* checks inside, by its arguments: a teller serves and runs only the counter she signed in "
        "at (a manager any counter); the notice line is a manager's, the branch's name set-up; a password "
        "of one's own may be changed with the old one. Signing in (`staff.authenticate`, `counters.sign_in`, "
        "`kiosk_staff.unlock_kiosk`) needs only the password or PIN it checks.")


if __name__ == "__main__":
    print(table())

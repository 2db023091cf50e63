"""Print the README's configuration table from config.OPTIONS (the one declaration)."""
from queuedesk.config import OPTIONS


def table() -> str:
    rows = ["| setting | type | default | allowed | what it does |", "| --- | --- | --- | --- | --- |"]
    for o in OPTIONS:
        default = repr(o.default) if o.type is str else str(o.default).lower() if o.type is bool else o.default
        rows.append(f"| `{o.key}` | {o.type.__name__} | `{default}` | {o.describe_allowed()} | {o.help} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(table())

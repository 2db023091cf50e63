"""The README is the manual: its configuration table and set-up must match the code."""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("config_table", ROOT / "packaging" / "config_table.py")
config_table = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(config_table)


def test_readme_lists_every_setting_as_declared():
    assert config_table.table() in (ROOT / "README.md").read_text(encoding="utf-8")


def test_quick_start_is_two_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_readme_gives_the_permission_table_as_the_code_has_it():
    spec = importlib.util.spec_from_file_location("permission_table", ROOT / "packaging" / "permission_table.py")
    permission_table = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(permission_table)
    assert permission_table.table() in (ROOT / "README.md").read_text(encoding="utf-8")

"""The module map in STYLE.md holds: database code in store.py, click in cli.py, help everywhere."""

from __future__ import annotations

import ast
from pathlib import Path

import click
import pytest

from broker.cli import main

PACKAGE = Path(__file__).resolve().parent.parent / "broker"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("library, owner", [("sqlite_utils", "store"), ("sqlite3", "store"), ("click", "cli")])
def test_library_is_imported_only_by_its_owner(library: str, owner: str) -> None:
    users = {str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py") if library in _imports(p)}
    outside = sorted(u for u in users if u != owner and not u.startswith(owner + "/"))
    assert users and outside == [], f"{library} may be imported only in {owner}"


def test_only_the_cli_prints() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.parent.name == "cli":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in {"print", "exit"}:
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def _commands(group: click.Group, prefix: str = "broker") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in group.commands.items():
        found.append((f"{prefix} {name}", command))
        if isinstance(command, click.Group):
            found.extend(_commands(command, f"{prefix} {name}"))
    return found


def test_every_command_has_help_with_an_example() -> None:
    missing = [name for name, command in _commands(main)
               if not command.help or "Example:" not in command.help]
    assert missing == []

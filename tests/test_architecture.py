"""The module map holds: SQLite only in store/, click only in cli/, help everywhere, no import circles,
and nothing heavy loads at start-up."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import click
import pytest

from broker.cli import COMMANDS, load_all, main

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
    load_all()
    missing = [name for name, command in _commands(main)
               if not command.help or "Example:" not in command.help]
    assert missing == []


def test_broker_help_lists_each_command_with_the_first_line_of_its_own_help() -> None:
    load_all()
    assert sorted(main.commands) == sorted(COMMANDS)
    assert {name: command.help.splitlines()[0] for name, command in main.commands.items() if command.help} == {
        name: line for name, (_, line) in COMMANDS.items()}


def test_starting_the_command_loads_nothing_heavy() -> None:
    """`broker --help` and `broker check` must not wait for scikit-learn, SciPy, NumPy, httpx or jinja2."""
    loaded = subprocess.run([sys.executable, "-c", "import sys, broker.cli; print(' '.join(sorted(sys.modules)))"],
                            capture_output=True, text=True, check=True).stdout.split()
    heavy = {"sklearn", "scipy", "numpy", "httpx", "jinja2", "sqlite_utils", "feedparser", "starlette", "apscheduler"}
    assert sorted({name.split(".")[0] for name in loaded} & heavy) == []


def test_a_build_loads_only_what_a_quiet_run_needs() -> None:
    """Cron's most common run finds nothing new: it must not load the feed parser (that runs in worker
    processes), the address checker or the keyword rules before something needs them."""
    loaded = subprocess.run([sys.executable, "-c", "import sys, broker.pipeline; print(' '.join(sorted(sys.modules)))"],
                            capture_output=True, text=True, check=True).stdout.split()
    needless = {"feedparser", "email_validator", "broker.fetch.parse", "broker.classify", "broker.keywords",
                "sklearn", "jinja2"}
    assert sorted(needless & set(loaded)) == []


def _module_of(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports_of(path: Path) -> set[str]:
    """broker modules this file imports, at the top or inside a function (not those only for type checking)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = _module_of(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    skipped = {id(n) for node in ast.walk(tree)
               if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test) for n in ast.walk(node)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            if module.startswith("broker"):
                found.add(module)
                found.update(f"{module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("broker"))
    return found


def test_no_two_modules_import_each_other() -> None:
    """Imports run one way, even those made late inside a function: a circle fails this test with its path."""
    modules = {_module_of(p): p for p in PACKAGE.rglob("*.py")}
    graph = {name: {m for m in _imports_of(path) if m in modules and m != name} for name, path in modules.items()}
    for name in graph:  # a package imports its own modules; the modules must not import the package back
        graph[name] -= {m for m in graph[name] if name.startswith(m + ".")}
    seen: dict[str, int] = {}
    circles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        seen[node] = 1
        for nxt in sorted(graph[node]):
            if seen.get(nxt) == 1:
                circles.append([*path[path.index(nxt):], nxt] if nxt in path else [node, nxt])
            elif nxt not in seen:
                visit(nxt, [*path, nxt])
        seen[node] = 2

    for start in sorted(graph):
        if start not in seen:
            visit(start, [start])
    assert circles == []

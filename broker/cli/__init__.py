"""The ``broker`` command: the only package that prints, exits or imports click.

``base`` holds the command group and what the commands share; each other
module adds its commands to the group, and is imported only when one of its
commands runs (``base.COMMANDS`` says which module holds which command).
"""

from .base import COMMANDS, EXIT_LOCKED, main

__all__ = ["COMMANDS", "EXIT_LOCKED", "main"]


def load_all() -> None:
    """Import every command's module (for tests and tools that walk every command)."""
    for name in COMMANDS:
        main.get_command(None, name)  # type: ignore[arg-type]

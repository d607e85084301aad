"""The ``broker`` command: the only package that prints, exits or imports click.

``base`` holds the command group and what the commands share; the other
modules add commands to it when imported.
"""

from . import curate, curators, people, run, themes, web  # noqa: F401  (each registers its commands on main)
from .base import EXIT_LOCKED, main

__all__ = ["EXIT_LOCKED", "main"]

"""``python -m broker`` runs the same command as ``broker``."""

from .cli import main

main()

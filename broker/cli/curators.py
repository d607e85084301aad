"""``broker curators``: the people who sign in to the curators' console."""

from __future__ import annotations

import sys

import click

from .. import passwords, pipeline
from ..store import ADMIN, CURATOR
from .base import EXIT_USAGE, _address, _fail, _load, _open_store, config_option, main


@main.group()
def curators() -> None:
    """Add, list and remove the curators who sign in to the console (broker serve).

    Example: broker curators add jo@example.org --name "Jo Bloggs"
    """


def _read_password() -> str:
    """From standard input in scripts; asked for twice, hidden, at a terminal."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    return str(click.prompt("Password", hide_input=True, confirmation_prompt="Password again"))


@curators.command("add")
@config_option
@click.argument("email")
@click.option("--name", default="", help="The curator's name, shown in the console and in who did what.")
@click.option("--admin", is_flag=True, help="Also lets them manage subscribers and see everyone's actions.")
def add_curator(config_path: str, email: str, name: str, admin: bool) -> None:
    """Add a curator, or change one's password, name or role (which signs them out everywhere).

    The password is read from standard input when that is not a terminal
    (for scripts), and asked for twice at a terminal. Only its Argon2 hash is kept.

    Example: broker curators add jo@example.org --name "Jo Bloggs" --admin
    """
    config = _load(config_path)
    address = _address(email)
    password = _read_password()
    problem = passwords.weak(password)
    if problem:
        _fail(f"{problem}. Nothing was changed", EXIT_USAGE)
    with _open_store(config) as store:
        outcome = store.save_curator(address, " ".join(name.split()), ADMIN if admin else CURATOR,
                                     passwords.hash_password(password), pipeline.utc_now())
    role = "an admin" if admin else "a curator"
    if outcome == "added":
        click.echo(f"{address} is now {role}: they sign in at the console of broker serve.")
    else:
        click.echo(f"Changed {address} ({role}); any sessions of theirs have ended.")


@curators.command("list")
@config_option
def list_curators(config_path: str) -> None:
    """List the curators, one per line: EMAIL, ROLE and NAME, separated by tabs.

    Example: broker curators list
    """
    config = _load(config_path)
    with _open_store(config) as store:
        people = store.curators()
    if not people:
        click.echo("No curators yet. Add one with: broker curators add EMAIL --name NAME")
    for person in people:
        click.echo(f"{person.email}\t{person.role}\t{person.name}")


@curators.command("remove")
@config_option
@click.argument("email")
def remove_curator(config_path: str, email: str) -> None:
    """Remove a curator; any session of theirs ends at once.

    Example: broker curators remove jo@example.org
    """
    config = _load(config_path)
    address = _address(email)
    with _open_store(config) as store:
        gone = store.remove_curator(address)
    click.echo(f"Removed {address}; they can no longer sign in." if gone else
               f"{address} is not a curator; nothing to remove.")

"""``broker serve``: the web service for sign-up, leaving, and (later) the curators' console."""

from __future__ import annotations

import click

from .base import _fail_all, _load, _quiet, _run, config_option, main


@main.command()
@config_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on; keep 127.0.0.1 behind a reverse proxy.")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(1, 65535), help="The port to listen on.")
def serve(config_path: str, host: str, port: int) -> None:
    """Run the web service: people sign up (confirmed by email) and leave in one click.

    It is reached at [web] url in feeds.toml, through a reverse proxy such as
    Caddy or nginx, and runs beside cron builds and broker schedule. It stops
    cleanly on Ctrl-C or SIGTERM.

    Example: broker serve --config feeds.toml --port 8080
    """
    config = _load(config_path)
    if config.web is None:
        _fail_all([f"{config.path.name}: broker serve needs a [web] section with the public address people reach "
                   'it at. Add:  [web]  url = "https://digest.example.org/join/"'])
    from .. import web  # Starlette and uvicorn load only for the service

    if not _quiet():
        click.echo(f"Serving {config.web.url} on http://{host}:{port}/ (stop with Ctrl-C).")
    context = click.get_current_context()
    _run(lambda: web.serve(config, host, port, verbose=bool(context.find_root().params.get("verbose"))))

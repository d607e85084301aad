"""Commands about people: subscribers, and curators approving or rejecting drafts."""


from __future__ import annotations

import csv
from pathlib import Path

import click

from .. import mail, pipeline
from ..errors import BrokerError
from ..subscribers import read_subscriber_csv
from .base import (
    EXIT_USAGE,
    _address,
    _fail,
    _group,
    _load,
    _locked,
    _open_store,
    _tell_sending,
    config_option,
    main,
    plural,
    record,
    who,
)


@main.command()
@config_option
@click.argument("group")
@click.argument("email")
@click.option("--name", default="", help="The subscriber's name, used to greet them.")
def subscribe(config_path: str, group: str, email: str, name: str) -> None:
    """Add someone to a group's email digest.

    Example: broker subscribe southwark-carers jo@example.org --name "Jo Bloggs"
    """
    config = _load(config_path)
    key = _group(config, group)
    address = _address(email)
    with _open_store(config) as store:
        outcome = store.subscribe(key, address, name.strip(), pipeline.utc_now())
        store.record_action(who(), "subscribe", address, key, pipeline.utc_now())
    said = {"added": "is now subscribed to", "back": "is subscribed again to", "already": "was already subscribed to"}
    click.echo(f"{address} {said[outcome]} {config.group(key).name}.")


@main.command()
@config_option
@click.argument("group", required=False)
@click.argument("email", required=False)
@click.option("--token", help="The token from an unsubscribe request email.")
def unsubscribe(config_path: str, group: str | None, email: str | None, token: str | None) -> None:
    """Stop sending a group's digest to someone, by address or by the token in their request.

    Example: broker unsubscribe southwark-carers jo@example.org
    """
    config = _load(config_path)
    with _open_store(config) as store:
        if token:
            try:
                group, email = mail.read_token(store.unsubscribe_secret(), token)
            except BrokerError as exc:
                _fail(str(exc), EXIT_USAGE)
        elif not (group and email):
            _fail("give a group and an address (broker unsubscribe GROUP EMAIL), or --token TOKEN", EXIT_USAGE)
        assert group and email
        key = _group(config, group)
        address = _address(email)
        store.record_action(who(), "unsubscribe", address, key, pipeline.utc_now())
        if store.unsubscribe(key, address, pipeline.utc_now()):
            click.echo(f"{address} will get no more emails from {config.group(key).name}.")
        else:
            click.echo(f"{address} was not subscribed to {config.group(key).name}; nothing to do.")


@main.group()
def subscribers() -> None:
    """Manage subscriber lists in bulk.

    Example: broker subscribers import southwark-carers members.csv
    """


@subscribers.command("import")
@config_option
@click.argument("group")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False))
def import_subscribers(config_path: str, group: str, csv_file: str) -> None:
    """Subscribe everyone in a CSV file with an "email" column (and, if you like, a "name" column).

    Example: broker subscribers import southwark-carers members.csv
    """
    config = _load(config_path)
    key = _group(config, group)
    try:
        rows, problems = read_subscriber_csv(Path(csv_file))
    except BrokerError as exc:
        _fail(str(exc), EXIT_USAGE)
    with _open_store(config) as store:
        added = store.subscribe_many(key, rows, pipeline.utc_now())
        store.record_action(who(), "import", Path(csv_file).name, f"{key}: {added} subscribed", pipeline.utc_now())
    for problem in problems:
        click.echo(f"Skipped {problem}", err=True)
    click.echo(f"{added} subscribed to {config.group(key).name}; {len(rows) - added} were already; "
               f"{len(problems)} rows skipped.")


@subscribers.command("list")
@config_option
@click.argument("group")
def list_subscribers(config_path: str, group: str) -> None:
    """Print everyone a group has known, one per line: EMAIL, STATE, SINCE and SOURCE, separated by tabs.

    STATE is waiting (signed up on the web, not yet confirmed), subscribed or
    unsubscribed; SOURCE is web, cli or import.

    Example: broker subscribers list southwark-carers
    """
    config = _load(config_path)
    key = _group(config, group)
    with _open_store(config) as store:
        for person in store.subscriber_rows(key):
            since = person.since.strftime("%Y-%m-%d %H:%M UTC") if person.since else "-"
            click.echo(f"{person.email}\t{person.state}\t{since}\t{person.source}")


@subscribers.command("export")
@config_option
@click.argument("group")
@click.argument("csv_file", type=click.Path(dir_okay=False))
def export_subscribers(config_path: str, group: str, csv_file: str) -> None:
    """Write a group's subscribers to a CSV file (email, name, state, since, source).

    The file holds people's addresses: keep it safe, and delete it when done.

    Example: broker subscribers export southwark-carers members.csv
    """
    config = _load(config_path)
    key = _group(config, group)
    with _open_store(config) as store:
        people = store.subscriber_rows(key)
    with open(csv_file, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["email", "name", "state", "since", "source"])
        for person in people:
            writer.writerow([person.email, person.name, person.state,
                             person.since.strftime("%Y-%m-%dT%H:%M:%SZ") if person.since else "", person.source])
    click.echo(f"Wrote {plural(len(people), 'subscriber')} of {config.group(key).name} to {csv_file}.")


@subscribers.command("forget")
@config_option
@click.argument("email")
def forget(config_path: str, email: str) -> None:
    """Forget a person who asks: remove their address from every group and from the outbox.

    Only a count of digests already sent to them is kept, under a code that
    cannot be turned back into their address.

    Example: broker subscribers forget jo@example.org
    """
    config = _load(config_path)
    address = _address(email)
    with _open_store(config) as store:
        gone = store.forget(address)
        store.record_action(who(), "forget", "a forgotten address", "removed from every group", pipeline.utc_now())
    if gone:
        click.echo(f"Forgot {address}: removed from {plural(gone, 'group')} and from the outbox.")
    else:
        click.echo(f"{address} is not in any group; nothing to forget.")


@main.command()
@config_option
def drafts(config_path: str) -> None:
    """List the digests that wait for a curator's approval.

    Example: broker drafts
    """
    config = _load(config_path)
    found = 0
    with _open_store(config) as store:
        for group in config.groups:
            for draft in store.digests(group.key, state="draft"):
                found += 1
                page = config.output / "_drafts" / group.key / f"{draft.id}.html"
                click.echo(f"{group.key}: draft of {draft.id} with {plural(len(draft.items), 'item')}. "
                           f"Read it at {page}")
    if not found:
        click.echo("No digest is waiting for approval.")


@main.command()
@config_option
@click.argument("group")
@click.option("--send/--no-send", default=True, show_default=True, help="Send it to subscribers straight away.")
def approve(config_path: str, group: str, send: bool) -> None:
    """Publish and send a group's waiting draft digest.

    Example: broker approve southwark-carers
    """
    config = _load(config_path)
    key = _group(config, group)
    released, report = _locked(config, lambda: pipeline.approve(config, config.group(key), send=send))
    if released is None:
        click.echo(f"{config.group(key).name} has no draft waiting; nothing to approve.")
        return
    record(config, "approve", f"{key}/{released.id}", f"sent {report.sending.sent if report.sending else 0} emails")
    click.echo(f"Approved the {released.id} digest of {config.group(key).name}: it is on the website now.")
    _tell_sending(report.sending, config)


@main.command()
@config_option
@click.argument("group")
def reject(config_path: str, group: str) -> None:
    """Drop a group's waiting draft; its items go back for the next digest.

    Example: broker reject southwark-carers
    """
    config = _load(config_path)
    key = _group(config, group)
    dropped = _locked(config, lambda: pipeline.reject(config, config.group(key)))
    if dropped is None:
        click.echo(f"{config.group(key).name} has no draft waiting; nothing to reject.")
    else:
        record(config, "reject", f"{key}/{dropped.id}", "its items go back")
        click.echo(f"Dropped the {dropped.id} draft of {config.group(key).name}; "
                   f"its {plural(len(dropped.items), 'item')} will be offered again in the next digest.")

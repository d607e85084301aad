"""The console's subscriber pages, for admins only: counts, search, add, import, unsubscribe, forget.

The role is checked by ``auth.console_page(admin=True)`` before any handler
here runs. Every change is recorded with who made it. A CSV import follows the
same rules as ``broker subscribers import``: every good row is kept, every bad
one named.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from ..addresses import BadAddress, normalise_address
from ..errors import BrokerError
from ..store import Curator, Store
from ..store.mailing import IMPORT
from ..subscribers import read_subscriber_bytes
from .auth import console_page
from .console import back, context, show
from .service import Service

CONSOLE = "console"  # the source of an address an admin adds by hand
MAX_CSV = 2 * 1024 * 1024


async def _page(request: Request, service: Service, curator: Curator, said: str = "", problems: list[str] | None
                = None, status: int = 200) -> Response:
    query = request.query_params.get("q", "").strip()
    counts = await service.writer.read(lambda store: store.subscriber_counts())
    found = await service.writer.read(lambda store: store.find_subscribers(query)) if len(query) >= 2 else None
    return show(service, request, "subscribers.html", context(
        service, request, curator, "subscribers", title="Subscribers", groups=service.config.groups, counts=counts,
        query=query, found=found, said=said or _said(request), problems=problems or []), status)


def _said(request: Request) -> str:
    done, who, group = (request.query_params.get(k, "") for k in ("done", "who", "group"))
    return {"added": f"{who} is subscribed to {group}.", "already": f"{who} was already subscribed to {group}.",
            "left": f"{who} will get no more emails from {group}.", "forgot": f"Forgot {who} everywhere.",
            "nothing": f"{who} was not subscribed to {group}; nothing changed."}.get(done, "")


@console_page(admin=True)
async def subscribers(request: Request, service: Service, curator: Curator) -> Response:
    return await _page(request, service, curator)


def _group_and_address(service: Service, form: dict[str, object]) -> tuple[str, str] | str:
    group = str(form.get("group") or "")
    if group not in service.groups:
        return "Choose one of the groups."
    try:
        return group, normalise_address(str(form.get("email") or ""))
    except BadAddress as exc:
        return f"That is not an email address ({exc}). Check it and try again."


@console_page(admin=True)
async def add(request: Request, service: Service, curator: Curator) -> Response:
    form = request.state.form
    found = _group_and_address(service, form)
    if isinstance(found, str):
        return await _page(request, service, curator, problems=[found], status=400)
    group, email = found
    name, now = " ".join(str(form.get("name") or "").split()), service.clock()

    def record(store: Store) -> str:
        outcome = store.subscribe(group, email, name, now, source=CONSOLE)
        store.record_action(curator.email, "subscribe", email, group, now)
        return outcome

    outcome = await service.writer.write(record)
    return back(service, "console/subscribers", done="already" if outcome == "already" else "added", who=email,
                group=service.groups[group].name)


@console_page(admin=True)
async def unsubscribe(request: Request, service: Service, curator: Curator) -> Response:
    found = _group_and_address(service, request.state.form)
    if isinstance(found, str):
        return await _page(request, service, curator, problems=[found], status=400)
    group, email = found
    now = service.clock()

    def record(store: Store) -> bool:
        changed = store.unsubscribe(group, email, now)
        store.record_action(curator.email, "unsubscribe", email, group, now)
        return changed

    changed = await service.writer.write(record)
    return back(service, "console/subscribers", done="left" if changed else "nothing", who=email,
                group=service.groups[group].name)


@console_page(admin=True)
async def forget(request: Request, service: Service, curator: Curator) -> Response:
    try:
        email = normalise_address(str(request.state.form.get("email") or ""))
    except BadAddress as exc:
        return await _page(request, service, curator, problems=[f"That is not an email address ({exc})."], status=400)
    now = service.clock()

    def record(store: Store) -> None:
        store.forget(email)
        store.record_action(curator.email, "forget", "a forgotten address", "removed from every group", now)

    await service.writer.write(record)
    return back(service, "console/subscribers", done="forgot", who=email)


@console_page(admin=True, files=1)
async def import_csv(request: Request, service: Service, curator: Curator) -> Response:
    form = request.state.form
    group = str(form.get("group") or "")
    upload_ = form.get("file")
    if group not in service.groups or not isinstance(upload_, tuple) or not upload_[1]:
        return await _page(request, service, curator, problems=["Choose a group and a CSV file."], status=400)
    name, data = upload_
    if len(data) > MAX_CSV:
        return await _page(request, service, curator, problems=["That file is too large (2 MB at most)."],
                           status=400)
    try:
        rows, problems = read_subscriber_bytes(data, name or "the file")
    except BrokerError as exc:
        return await _page(request, service, curator, problems=[str(exc)], status=400)
    now = service.clock()

    def record(store: Store) -> int:
        added = store.subscribe_many(group, rows, now, source=IMPORT)
        store.record_action(curator.email, "import", name or "a CSV file", f"{group}: {added} subscribed", now)
        return added

    added = await service.writer.write(record)
    said = (f"{added} subscribed to {service.groups[group].name}; {len(rows) - added} were already; "
            f"{len(problems)} rows skipped.")
    return await _page(request, service, curator, said=said, problems=[f"Skipped {p}" for p in problems])

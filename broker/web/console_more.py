"""The console's drafts (read as emailed, then approve or reject), feed health, and themes.

Approving publishes and sends through the run lock, exactly as ``broker
approve`` does; when a build holds the lock the page says so and nothing
changes. The themes page never writes feeds.toml, which stays the operator's
file under version control: "try these keywords" only shows what a list would
match among recent items.
"""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from .. import health, pipeline, render, reports, siteview
from ..errors import LockError
from ..keywords import compile_rules
from ..lock import run_lock
from ..mail.outbox import letterhead
from ..models import Digest, Group, Theme
from ..store import Curator, Store
from .auth import console_page, forbidden
from .console import back, context, show
from .service import Service

RECENT = 500  # items a keyword list is tried on
# The email as sent has its CSS inlined in style attributes: its frame alone may use them, and run nothing.
EMAIL_POLICY = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; base-uri 'none'; "
                "form-action 'none'; frame-ancestors 'self'")
DRAFTS_POLICY = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-src 'self'; "
                 "base-uri 'none'; frame-ancestors 'none'")


def _drafts(store: Store, groups: tuple[Group, ...]) -> list[tuple[Group, Digest]]:
    """Waiting drafts, each group's oldest (the one approve releases) first."""
    return [(g, d) for g in groups for d in reversed(store.digests(g.key, state="draft"))]


@console_page()
async def drafts(request: Request, service: Service, curator: Curator) -> Response:
    waiting = await service.writer.read(lambda store: _drafts(store, service.config.groups))
    done = request.query_params.get("done", "")
    said = {"approved": f"Approved: the digest is on the website, and {request.query_params.get('sent', '0')} "
                        "emails went to subscribers.",
            "rejected": "Rejected: its items go back for the next digest."}.get(done, "")
    response = show(service, request, "drafts.html", context(
        service, request, curator, "drafts", title="Drafts waiting", drafts=waiting, said=said))
    response.headers["content-security-policy"] = DRAFTS_POLICY
    return response


@console_page()
async def draft_email(request: Request, service: Service, curator: Curator) -> Response:
    """The draft's HTML email exactly as subscribers will get it, for the drafts page's frame."""
    group_key, digest_id = request.path_params["group"], request.path_params["digest"]
    group = service.groups.get(group_key)
    if group is None:
        return forbidden(service, request, curator, "No such draft", "That draft is not waiting.", 404)

    def bodies(store: Store) -> tuple[str, str] | None:
        if digest_id not in {d.id for d in store.digests(group_key, state="draft")}:
            return None
        view = siteview.site_view(service.config, store, service.clock(), service.plainer())
        head = letterhead(service.config)
        return render.email_bodies(view, group, store.digest(group_key, digest_id), unsubscribe=head.sender)

    found = await service.writer.read(bodies)
    if found is None:
        return forbidden(service, request, curator, "No such draft", "That draft is not waiting.", 404)
    kind = request.query_params.get("part", "html")
    if kind == "text":
        return Response(found[0], media_type="text/plain; charset=utf-8")
    return HTMLResponse(found[1], headers={"content-security-policy": EMAIL_POLICY,
                                           "x-frame-options": "SAMEORIGIN"})


async def _release(request: Request, service: Service, curator: Curator, approve: bool) -> Response:
    group = service.groups.get(request.path_params["group"])
    if group is None:
        return forbidden(service, request, curator, "No such group", "That group is not in feeds.toml.", 404)
    expected = str(request.state.form.get("digest") or "")
    oldest = await service.writer.read(lambda store: next(
        (d.id for g, d in _drafts(store, (group,))), None))
    if oldest is None or oldest != expected:
        return forbidden(service, request, curator, "That draft is no longer waiting", "Someone may have approved "
                         "or rejected it already. Go back to the drafts page to see what waits now.", 409)
    config = service.config

    def locked() -> int:
        with run_lock(config.lock_path):
            if approve:
                _, report = pipeline.approve(config, group)
                return report.sending.sent if report.sending else 0
            pipeline.reject(config, group)
            return 0

    try:
        sent = await run_in_threadpool(locked)
    except LockError:
        return forbidden(service, request, curator, "Please try again in a few minutes", "A build or another "
                         "approval is running now, so nothing was changed. Try again when it has finished.", 409)
    now = service.clock()
    await service.writer.write(lambda store: store.record_action(
        curator.email, "approve" if approve else "reject", f"{group.key}/{expected}",
        f"sent {sent} emails" if approve else "its items go back", now))
    return back(service, "console/drafts", **({"done": "approved", "sent": str(sent)} if approve
                                              else {"done": "rejected"}))


@console_page()
async def approve(request: Request, service: Service, curator: Curator) -> Response:
    return await _release(request, service, curator, approve=True)


@console_page()
async def reject(request: Request, service: Service, curator: Curator) -> Response:
    return await _release(request, service, curator, approve=False)


@console_page()
async def feeds(request: Request, service: Service, curator: Curator) -> Response:
    config = service.config

    def gather(store: Store) -> tuple[list[Any], list[health.Finding]]:
        rows = store.feed_rows(count_summaries=True)
        return [(f, rows.get(f.url)) for f in config.feeds], health.findings(config.feeds, rows, service.clock())

    listed, findings = await service.writer.read(gather)
    return show(service, request, "feeds.html", context(service, request, curator, "feeds", title="Feeds",
                                                        feeds=listed, findings=findings))


@console_page()
async def themes(request: Request, service: Service, curator: Curator) -> Response:
    config = service.config
    trying = request.query_params.get("theme", "")
    typed = request.query_params.get("keywords", "")
    theme = next((t for t in config.themes if t.key == trying), None)
    checks = await service.writer.read(lambda store: {c.theme: c for c in reports.theme_checks(store)})
    matches: list[tuple[str, str, tuple[str, ...]]] | None = None
    if theme is not None and typed.strip():
        words = tuple(w.strip() for w in typed.replace("\n", ",").split(",") if w.strip())[:50]
        rule = compile_rules([Theme(theme.key, theme.label, keywords=words, exclude=theme.exclude)])[0]
        recent = await service.writer.read(lambda store: store.recent_items(RECENT))
        matches = [(item.id, item.title, found.why) for item in recent
                   if (found := rule.match(item.text_for_matching())) is not None]
    return show(service, request, "themes.html", context(
        service, request, curator, "themes", title="Themes", themes=config.themes,
        reasons={t.key: (checks[t.key].reason(bool(t.keywords)) if t.key in checks
                         else "not decided yet: the next build decides it") for t in config.themes},
        trying=theme, typed=typed, matches=matches, recent=RECENT))

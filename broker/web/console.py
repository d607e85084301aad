"""The curators' console: sign in, see what needs doing, review and label items, and write summaries.

Every handler here is wrapped by ``auth.console_page``, which checks the
session, the role and (for a POST) the CSRF token before the handler runs.
Every POST answers with a redirect to a page (post, redirect, get), so going
back or reloading never sends a form twice. Drafts, feeds and themes are in
``console_more``; subscribers in ``admin``.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from .. import curated, health, reports
from ..errors import UnknownItem
from ..models import Item
from ..store import Curator, Store
from .auth import SESSION_COOKIE, console_page, forbidden, read_form, signed_in, start_session
from .pages import page
from .service import Service

REVIEW_PAGE = 20


def context(service: Service, request: Request, curator: Curator | None, here: str, **more: Any) -> dict[str, Any]:
    """What every console page needs: who is signed in, where they are, and the forms' CSRF token."""
    return {"site_title": service.config.title, "url": service.url, "site_url": service.config.base_url,
            "curator": curator, "here": here, "csrf": service.csrf.token(request)[1], "title": "",
            "labels": {t.key: t.label for t in service.config.themes}, **more}


def show(service: Service, request: Request, template: str, context_: dict[str, Any], status: int = 200) -> Response:
    """A console page, with the CSRF cookie its forms are checked against."""
    cookie, _ = service.csrf.token(request)
    response = page(f"console/{template}", context_, status, service.config.timezone)
    service.csrf.remember(response, cookie)
    return response


def back(service: Service, where: str, **said: str) -> Response:
    """303 to a console page (never outside the service), with what was done, for the page to say."""
    where = where if where.startswith("console/") and "//" not in where and "\\" not in where else "console/"
    joiner = "&" if "?" in where else "?"
    return RedirectResponse(f"{service.url}{where}{joiner + urlencode(said) if said else ''}", status_code=303)


# ------------------------------------------------------------------ signing in and out


async def sign_in_page(request: Request) -> Response:
    service: Service = request.app.state.service
    if await signed_in(request, service) is not None:
        return back(service, "console/")
    said = "You have signed out." if request.query_params.get("out") else ""
    return show(service, request, "sign_in.html", context(service, request, None, "sign-in", title="Sign in",
                                                          email="", problem="", said=said))


async def sign_in(request: Request) -> Response:
    service: Service = request.app.state.service
    form = await read_form(request)
    if not service.csrf.valid(request, form):
        return forbidden(service, request, None, "This form has expired", "Go back, reload the sign-in page, "
                         "and try again.")
    email, password = str(form.get("email") or "").strip(), str(form.get("password") or "")
    wait = service.sign_ins.waiting(email)
    if wait:
        minutes = max(1, round(wait / 60))
        return show(service, request, "sign_in.html", context(
            service, request, None, "sign-in", title="Sign in", email=email, said="",
            problem=f"There have been too many wrong passwords for this address. For your safety, please wait "
                    f"{minutes} {'minute' if minutes == 1 else 'minutes'} and try again."), 429)
    from .. import passwords  # argon2 loads only when someone signs in

    found = await service.writer.read(lambda store: store.curator(email))
    right = await run_in_threadpool(passwords.check_password, found.password if found else None, password)
    if found is None or not right:
        service.sign_ins.failed(email)
        return show(service, request, "sign_in.html", context(
            service, request, None, "sign-in", title="Sign in", email=email, said="",
            problem="That email address and password do not match an account. Check them and try again."), 400)
    service.sign_ins.succeeded(email)
    response = back(service, "console/")
    await start_session(service, response, found.email)
    return response


@console_page()
async def sign_out(request: Request, service: Service, curator: Curator) -> Response:
    found = await signed_in(request, service)
    if found is not None:
        digest = found[1]
        await service.writer.write(lambda store: store.end_session(digest))
    response = back(service, "console/sign-in", out="1")
    response.delete_cookie(SESSION_COOKIE, path=service.path)
    return response


# ------------------------------------------------------------------ what needs doing


@console_page()
async def home(request: Request, service: Service, curator: Curator) -> Response:
    config = service.config

    def gather(store: Store) -> dict[str, Any]:
        checks = {c.theme: c for c in reports.theme_checks(store)}
        doubtful = {t.key: len(store.doubtful(t.key, 1000)) for t in config.themes}
        picks = {t.key: len(store.unlabelled_picks(t.key, 1000)) for t in config.themes
                 if checks.get(t.key) is None or checks[t.key].decided_by == "keywords"}
        drafts = [(g, d) for g in config.groups for d in store.digests(g.key, state="draft")]
        findings = health.findings(config.feeds, store.feed_rows(count_summaries=True), service.clock())
        return {"doubtful": doubtful, "picks": picks, "drafts": drafts,
                "failing": [f for f in findings if f.kind == "failing"],
                "actions": store.recent_actions(30) if curator.admin else []}

    found = await service.writer.read(gather)
    hard = await service.writer.read(lambda store: reports.hard_to_read(config, store))
    return show(service, request, "home.html", context(service, request, curator, "home", title="What needs doing",
                                                       themes=config.themes, hard=hard, **found))


# ------------------------------------------------------------------ review and labels


@console_page()
async def review(request: Request, service: Service, curator: Curator) -> Response:
    config = service.config
    theme = request.query_params.get("theme") or None
    if theme is not None and theme not in {t.key for t in config.themes}:
        return forbidden(service, request, curator, "No such theme", "There is no theme by that name. Choose one "
                         "from the review page.", 404)

    def gather(store: Store) -> list[tuple[Item, str, str, tuple[str, ...]]]:
        """(item, theme, why it is asked, words that counted), the least sure first, then keyword picks."""
        rows: list[tuple[Item, str, str, tuple[str, ...]]] = [
            (item, key, f"probably {'in' if chosen else 'not in'} it (doubt {doubt:.0%})", why)
            for item, key, doubt, chosen, why in store.doubtful(theme, REVIEW_PAGE)]
        checks = {c.theme: c for c in reports.theme_checks(store)}
        for t in config.themes:
            if len(rows) >= REVIEW_PAGE or (theme and t.key != theme):
                continue
            if checks.get(t.key) is None or checks[t.key].decided_by == "keywords":
                for item in store.unlabelled_picks(t.key, REVIEW_PAGE - len(rows)):
                    words = next((m.why for m in item.themes if m.theme == t.key), ())
                    rows.append((item, t.key, "in it by its keywords", words))
        return rows

    rows = await service.writer.read(gather)
    plainer = service.plainer()
    dressed = [(plainer.item(item), key, reason, why) for item, key, reason, why in rows]
    saved = _saved(service, request)
    return show(service, request, "review.html", context(
        service, request, curator, "review", title="Review", rows=dressed, theme=theme, saved=saved,
        themes=config.themes,
        next_page=f"console/review{'?theme=' + quote(theme) if theme else ''}"))


def _saved(service: Service, request: Request) -> str:
    item, theme, verdict = (request.query_params.get(k, "") for k in ("item", "theme", "verdict"))
    labels = {t.key: t.label for t in service.config.themes}
    if not item or theme not in labels or verdict not in ("yes", "no"):
        return ""
    return f"Saved: item {item} is {'in' if verdict == 'yes' else 'not in'} {labels[theme]}."


@console_page()
async def label(request: Request, service: Service, curator: Curator) -> Response:
    form = request.state.form
    item, theme, verdict = (str(form.get(k) or "") for k in ("item", "theme", "verdict"))
    if theme not in {t.key for t in service.config.themes} or verdict not in ("yes", "no"):
        return forbidden(service, request, curator, "That did not work", "The label needs a theme and a yes or "
                         "no. Go back and use the buttons.", 400)
    now = service.clock()

    def record(store: Store) -> None:
        store.item(item)  # refuses an unknown id
        store.set_label(item, theme, verdict == "yes", now, replace=True, by=curator.email)
        store.record_action(curator.email, "label", item, f"{theme}: {verdict}", now)

    try:
        await service.writer.write(record)
    except UnknownItem:
        return forbidden(service, request, curator, "No such item", "That item is not in the database.", 404)
    return back(service, str(form.get("next") or "console/review"), item=item, theme=theme, verdict=verdict)


# ------------------------------------------------------------------ one item, and its summary


@console_page()
async def item_page(request: Request, service: Service, curator: Curator) -> Response:
    item_id = request.path_params["item"]

    def gather(store: Store) -> tuple[Item, list[tuple[str, bool, str, str]], list[Any]]:
        return store.item(item_id), store.item_labels(item_id), store.actions_on([item_id])

    try:
        item, labels, actions = await service.writer.read(gather)
    except UnknownItem:
        return forbidden(service, request, curator, "No such item", f"There is no item {item_id!r}.", 404)
    item = service.plainer().item(item)
    hand = curated.hand_summaries(service.config).get(item.id, "")
    said = {"saved": "Your summary is saved: the site and emails use it from the next build.",
            "automatic": "The automatic summary is back: the site and emails use it from the next build."}.get(
        request.query_params.get("done", ""), "")
    return show(service, request, "item.html", context(
        service, request, curator, "review", title=item.title, item=item, given=labels, actions=actions,
        hand=hand, said=said))


@console_page()
async def save_summary(request: Request, service: Service, curator: Curator) -> Response:
    item_id = request.path_params["item"]
    form = request.state.form
    automatic = form.get("automatic") == "yes"
    text = "" if automatic else str(form.get("summary") or "").replace("\r\n", "\n").strip()
    now = service.clock()
    try:
        await service.writer.read(lambda store: store.item(item_id))
    except UnknownItem:
        return forbidden(service, request, curator, "No such item", f"There is no item {item_id!r}.", 404)
    # The same file broker summary --edit writes, so the command line and the console agree.
    await run_in_threadpool(curated.save_hand_summary, service.config, item_id, text)
    service.forget_plain()
    await service.writer.write(lambda store: store.record_action(
        curator.email, "summary", item_id, "went back to the automatic summary" if not text else "wrote a summary",
        now))
    return back(service, f"console/items/{item_id}", done="automatic" if not text else "saved")

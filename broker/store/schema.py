"""The database schema, and the migrations between its versions (PRAGMA user_version)."""

from __future__ import annotations

from collections.abc import Callable

from .sqlite import sqlite_utils

SCHEMA_VERSION = 9


def create_v1(db: sqlite_utils.Database) -> None:
    """The first schema: feeds, items and their sources, themes, digests, runs, mail."""
    db.table("feeds").create({
        "url": str, "name": str, "etag": str, "last_modified": str, "body_hash": str,
        "last_checked": str, "last_success": str, "last_error": str, "last_error_at": str,
        "failing_since": str, "item_count": int, "last_new_item_at": str, "moved_to": str,
        "warning": str}, pk="url", defaults={"item_count": 0})
    db.table("items").create({
        "id": str, "title": str, "link": str, "canonical_link": str, "doi": str,
        "title_key": str, "summary": str, "published": str, "first_seen": str, "kind": str,
        "authors": str, "categories": str, "themes_version": str}, pk="id")
    for column in ("doi", "canonical_link", "title_key", "published"):
        db.table("items").create_index([column])
    db.table("sources").create({
        "feed_url": str, "entry_key": str, "item_id": str, "feed_name": str,
        "organisation": str, "link": str, "first_seen": str, "last_seen": str},
        pk=("feed_url", "entry_key"))
    db.table("sources").create_index(["item_id"])
    db.table("item_themes").create({"item_id": str, "theme": str, "why": str, "score": float},
                                   pk=("item_id", "theme"))
    db.table("item_themes").create_index(["theme"])
    # state: "draft" (waiting for approval) or "published"; queued: outbox rows exist.
    db.table("digests").create({"group_key": str, "digest_id": str, "created": str, "item_count": int,
                                "state": str, "queued": int}, pk=("group_key", "digest_id"),
                               defaults={"queued": 0, "state": "published"})
    db.table("digest_items").create({"group_key": str, "item_id": str, "digest_id": str, "position": int},
                                    pk=("group_key", "item_id"))
    db.table("runs").create({"id": int, "started": str, "finished": str, "feeds_ok": int,
                             "feeds_unchanged": int, "feeds_failed": int, "new_items": int,
                             "digests": int, "outcome": str}, pk="id")
    db.table("subscribers").create({"group_key": str, "email": str, "name": str, "active": int,
                                    "subscribed": str, "unsubscribed": str},
                                   pk=("group_key", "email"), defaults={"active": 1})
    # One row per (digest, subscriber): pending -> sent, or failed with its reason.
    db.table("outbox").create({"group_key": str, "digest_id": str, "email": str, "name": str,
                               "message_id": str, "state": str, "attempts": int, "last_error": str,
                               "updated": str}, pk=("group_key", "digest_id", "email"),
                              defaults={"state": "pending", "attempts": 0})
    db.table("outbox").create_index(["state"])
    db.table("meta").create({"key": str, "value": str}, pk="key")


def v1_to_v2(db: sqlite_utils.Database) -> None:
    """Feed back-off: consecutive failures, and when the feed may next be tried."""
    feeds = db.table("feeds")
    feeds.add_column("failures", int, not_null_default=0)
    feeds.add_column("next_attempt", str)


def v2_to_v3(db: sqlite_utils.Database) -> None:
    """Curators' labels, and theme decisions that keep the model's doubt for broker review."""
    db.table("labels").create({"item_id": str, "theme": str, "label": int, "labelled": str},
                              pk=("item_id", "theme"))
    themes = db.table("item_themes")
    themes.add_column("chosen", int, not_null_default=1)  # 0: not in the theme, kept only because it is doubtful
    themes.add_column("uncertainty", float, not_null_default=0)  # 1 at the model's threshold, 0 when sure
    themes.create_index(["uncertainty"])


def v3_to_v4(db: sqlite_utils.Database) -> None:
    """Indexes that keep a rebuild's cost from growing with the archive."""
    db.table("items").create_index(["first_seen"])
    db.table("item_themes").create_index(["theme", "chosen", "item_id"])
    db.table("items").create_index(["themes_version"])


def v4_to_v5(db: sqlite_utils.Database) -> None:
    """A small partial index of items without an abstract, for the feed-health report."""
    db.execute("create index if not exists idx_items_without_summary on items(id) where coalesce(summary, '') = ''")


def v5_to_v6(db: sqlite_utils.Database) -> None:
    """An item's revision: raised whenever what its pages show changes (a new source, new themes).

    The site keys published pages on it, so a build can tell that a digest
    page is unchanged without reading its items' text. The index covers
    (id, revision), so those look-ups never touch the items' large rows.
    The digest_items indexes stop listing years of digests from costing
    the square of their number (the primary key starts group, item).
    """
    db.table("items").add_column("revision", int, not_null_default=0)
    db.table("items").create_index(["id", "revision"])
    # A digest's items, and the digests an item is in, without walking every digest of the group.
    db.table("digest_items").create_index(["group_key", "digest_id", "position"])
    db.table("digest_items").create_index(["item_id"])
    db.table("digests").create_index(["state", "created"])  # the newest digests first, for theme pages


def v6_to_v7(db: sqlite_utils.Database) -> None:
    """One person, one address; digests keep their "why"; feeds remember a page's declared feed.

    Addresses are compared without regard to case (COLLATE NOCASE on the keys),
    so "Sam@example.org" and "sam@example.org" are one subscriber. Duplicates
    already stored are merged: the earliest row stays, with its spelling, name
    and date, and its state, except that a request to leave made under any of
    the spellings after the last request to join is kept (nobody who asked to
    leave is mailed again). Outbox rows for the same message merge the same
    way, keeping "sent" if any copy was sent, so nothing goes twice.
    """
    db.table("feeds").add_column("suggested_url", str)
    db.table("digest_items").add_column("themes", str)  # JSON [[theme, [why...], score], ...] when it was made
    db.execute("update digest_items set themes = (select json_group_array(json_array(t.theme, json(t.why), t.score))"
               " from item_themes t where t.item_id = digest_items.item_id and t.chosen = 1)")
    db.execute("alter table subscribers rename to subscribers_v6")
    db.execute("create table subscribers (group_key text, email text collate nocase, name text,"
               " active integer default 1, subscribed text, unsubscribed text, primary key (group_key, email))")
    db.execute(
        "insert into subscribers (group_key, email, name, active, subscribed, unsubscribed)"
        " select s.group_key, s.email, coalesce(nullif(s.name, ''), (select d.name from subscribers_v6 d"
        "   where d.group_key = s.group_key and lower(d.email) = lower(s.email) and coalesce(d.name, '') != ''"
        "   order by d.subscribed, d.rowid limit 1), s.name),"
        " case when exists (select 1 from subscribers_v6 d where d.group_key = s.group_key"
        "   and lower(d.email) = lower(s.email) and d.active = 0 and d.unsubscribed >= (select max(e.subscribed)"
        "   from subscribers_v6 e where e.group_key = s.group_key and lower(e.email) = lower(s.email)))"
        "   then 0 else s.active end,"
        " s.subscribed,"
        " case when exists (select 1 from subscribers_v6 d where d.group_key = s.group_key"
        "   and lower(d.email) = lower(s.email) and d.active = 0 and d.unsubscribed >= (select max(e.subscribed)"
        "   from subscribers_v6 e where e.group_key = s.group_key and lower(e.email) = lower(s.email)))"
        "   then (select max(d.unsubscribed) from subscribers_v6 d where d.group_key = s.group_key"
        "   and lower(d.email) = lower(s.email)) else s.unsubscribed end"
        " from subscribers_v6 s where s.rowid = (select d.rowid from subscribers_v6 d where d.group_key = s.group_key"
        "   and lower(d.email) = lower(s.email) order by d.subscribed, d.rowid limit 1)")
    db.execute("drop table subscribers_v6")
    db.execute("alter table outbox rename to outbox_v6")
    db.execute("create table outbox (group_key text, digest_id text, email text collate nocase, name text,"
               " message_id text, state text default 'pending', attempts integer default 0, last_error text,"
               " updated text, primary key (group_key, digest_id, email))")
    db.execute(
        "insert into outbox select o.group_key, o.digest_id, coalesce((select s.email from subscribers s"
        "   where s.group_key = o.group_key and s.email = o.email), o.email), o.name, o.message_id,"
        " o.state, o.attempts, o.last_error, o.updated from outbox_v6 o where o.rowid = (select d.rowid"
        "   from outbox_v6 d where d.group_key = o.group_key and d.digest_id = o.digest_id"
        "   and lower(d.email) = lower(o.email)"
        "   order by case d.state when 'sent' then 0 when 'failed' then 1 else 2 end, d.rowid limit 1)")
    db.execute("drop table outbox_v6")
    db.table("outbox").create_index(["state"])


def v7_to_v8(db: sqlite_utils.Database) -> None:
    """Subscribers who sign up on the web wait for confirmation: a state, and where each came from.

    state is "waiting", "subscribed" or "unsubscribed" (it replaces the active
    flag); source is "web", "cli" or "import"; requested is when the last
    confirmation email went, so one address gets at most one an hour.
    """
    db.execute("alter table subscribers add column state text not null default 'subscribed'")
    db.execute("alter table subscribers add column source text not null default 'cli'")
    db.execute("alter table subscribers add column requested text")
    db.execute("update subscribers set state = case when active = 1 then 'subscribed' else 'unsubscribed' end")
    db.execute("alter table subscribers drop column active")
    # One person's groups, for their preferences page and for forgetting them.
    db.execute("create index idx_subscribers_email on subscribers (email collate nocase)")


def v8_to_v9(db: sqlite_utils.Database) -> None:
    """Curators sign in to the console; who did what is kept.

    curators: one row per person (email, name, role "curator" or "admin", an
    Argon2 hash of the password, never the password). sessions: a hash of each
    signed-in browser's token, and when it was last seen (a day idle ends it).
    actions: every label, summary edit, approval, rejection and subscriber
    change, with who made it and when. labels.by: who gave each label.
    """
    db.execute("create table curators (email text collate nocase primary key, name text not null default '',"
               " role text not null, password text not null, created text not null, changed text not null)")
    db.execute("create table sessions (token text primary key, email text collate nocase not null,"
               " created text not null, seen text not null)")
    db.execute("create index idx_sessions_email on sessions (email collate nocase)")
    db.execute("create table actions (id integer primary key, at text not null, who text not null,"
               " action text not null, subject text not null default '', detail text not null default '')")
    db.execute("create index idx_actions_at on actions (at)")
    db.execute("alter table labels add column by text not null default ''")


# MIGRATIONS[n] turns a version n-1 database (0: an empty file) into version n.
MIGRATIONS: dict[int, Callable[[sqlite_utils.Database], None]] = {
    1: create_v1, 2: v1_to_v2, 3: v2_to_v3, 4: v3_to_v4, 5: v4_to_v5, 6: v5_to_v6, 7: v6_to_v7, 8: v7_to_v8,
    9: v8_to_v9}

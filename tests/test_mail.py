"""Email delivery through a real SMTP server on 127.0.0.1: exactly once, retries, failures, approval."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from broker import mail, pipeline
from broker.cli import main
from broker.config import load_config
from broker.store import Store

from .conftest import FIXED_NOW
from .feeds import Story, rss, story, write_config
from .smtp import SmtpServer

N_SUBSCRIBERS = 8


def _no_sleep(seconds: float) -> None:
    """Retry pauses are real in production; tests need not wait for them."""


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    yield server
    server.stop()


def _setup(tmp_path: Path, smtp: SmtpServer, stories: list[Story] | None = None, *, approval: bool = False,
           subscribers: int = N_SUBSCRIBERS) -> Path:
    feed = tmp_path / "feed.xml"
    feed.write_text(rss(stories or [story(1), story(2), story(3)]), encoding="utf-8")
    config = tmp_path / "feeds.toml"
    write_config(config, [("File feed", str(feed))])
    text = config.read_text()
    text += (f'\n[email]\nfrom = "digest@example.org"\nsmtp_host = "127.0.0.1"\nsmtp_port = {smtp.port}\n'
             'security = "none"\nrate_per_minute = 60000\ntimeout = 5\n')
    if approval:
        text = text.replace('max_items = 50\n', 'max_items = 50\napproval = true\n')
    config.write_text(text)
    runner = CliRunner()
    for n in range(subscribers):
        result = runner.invoke(main, ["subscribe", "forum", f"member{n}@example.net", "--name", f"Member {n}",
                                      "--config", str(config)])
        assert result.exit_code == 0, result.output
    return config


def _build(config: Path, **options: object) -> pipeline.RunReport:
    return pipeline.build(load_config(config), clock=lambda: FIXED_NOW, sleep=_no_sleep, **options)  # type: ignore[arg-type]


def test_every_subscriber_gets_exactly_one_message_with_both_parts(tmp_path: Path, smtp: SmtpServer) -> None:
    config = _setup(tmp_path, smtp)

    report = _build(config)

    assert report.sending is not None and report.sending.sent == N_SUBSCRIBERS
    assert sorted(smtp.inbox.recipients()) == sorted(f"member{n}@example.net" for n in range(N_SUBSCRIBERS))
    ids = set()
    for message in smtp.inbox.messages:
        assert len(message["To"].addresses) == 1, "no one sees another's address"
        assert message.get_content_type() == "multipart/alternative"
        text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
        assert "Study 1: what helps unpaid carers most" in text and "Study 1" in html
        assert 'style="' in html, "CSS is inlined"
        assert len(html.encode()) < 100_000
        assert message["List-Id"] == "Carers Forum <forum.example.org>"
        assert message["List-Unsubscribe"].startswith("<mailto:digest@example.org?subject=unsubscribe%20")
        # Without [web] (broker serve) there is no page that could unsubscribe: the mailto link only.
        assert "https://" not in message["List-Unsubscribe"] and message["List-Unsubscribe-Post"] is None
        assert "unsubscribe" in text.lower()
        ids.add(message["Message-ID"])
    assert len(ids) == N_SUBSCRIBERS

    _build(config)
    assert len(smtp.inbox.messages) == N_SUBSCRIBERS, "a second build sends nothing twice"


def test_message_ids_are_the_same_for_the_same_digest_and_subscriber() -> None:
    first = mail.message_id("forum", "2026-11-24", "a@example.net", "example.org")
    assert first == mail.message_id("forum", "2026-11-24", "a@example.net", "example.org")
    assert first != mail.message_id("forum", "2026-11-24", "b@example.net", "example.org")


@pytest.mark.parametrize("k", [0, 1, N_SUBSCRIBERS // 2, N_SUBSCRIBERS - 1])
def test_a_server_that_stops_after_k_messages_then_a_rerun_delivers_each_exactly_once(
        tmp_path: Path, smtp: SmtpServer, k: int) -> None:
    config = _setup(tmp_path, smtp)
    if k == 0:
        smtp.stop()
    else:
        smtp.inbox.accept_limit = k
        smtp.inbox.on_limit = smtp.stop_soon

    first = _build(config)

    assert first.sending is not None
    assert first.sending.stopped or first.sending.deferred
    delivered_first = len(smtp.inbox.messages)
    assert delivered_first == k
    smtp.stop()
    smtp.inbox.accept_limit = None
    smtp.start()
    result = CliRunner().invoke(main, ["send", "--config", str(config)])
    assert result.exit_code == 0, result.output

    counts = Counter(smtp.inbox.recipients())
    assert len(counts) == N_SUBSCRIBERS
    assert set(counts.values()) == {1}, "no duplicates"


def test_a_451_is_retried_and_delivered(tmp_path: Path, smtp: SmtpServer) -> None:
    config = _setup(tmp_path, smtp, subscribers=3)
    smtp.inbox.rcpt_replies["member1@example.net"] = ["451 4.7.1 Greylisted, try again"]

    report = _build(config)

    assert report.sending is not None and report.sending.sent == 3 and not report.sending.failed
    assert Counter(smtp.inbox.recipients())["member1@example.net"] == 1


def test_a_550_fails_only_that_message_and_status_shows_why(tmp_path: Path, smtp: SmtpServer) -> None:
    config = _setup(tmp_path, smtp, subscribers=3)
    smtp.inbox.rcpt_replies["member1@example.net"] = ["550 5.1.1 No such mailbox"]

    report = _build(config)

    assert report.sending is not None and report.sending.sent == 2
    assert report.sending.failed == [("member1@example.net", "the mail server said 550 5.1.1 No such mailbox")]
    status = CliRunner().invoke(main, ["status", "--config", str(config)])
    assert "Emails: 2 sent, 0 waiting, 1 failed" in status.output
    assert "not delivered to member1@example.net (forum, 2026-11-24): the mail server said 550 5.1.1 No such" \
        in status.output
    again = CliRunner().invoke(main, ["send", "--config", str(config)])
    assert "Nothing is waiting to be sent." in again.output
    assert len(smtp.inbox.messages) == 2


def test_a_title_with_line_breaks_injects_no_header(tmp_path: Path, smtp: SmtpServer) -> None:
    evil = Story(title="Carers study\r\nBcc: victim@example.com\r\nX-Evil: yes", link="https://example.org/x",
                 summary="A caregiver study.\r\nBcc: victim@example.com", guid="evil")
    config = _setup(tmp_path, smtp, [evil], subscribers=1)
    # A curator's typo could put a line break in a group name too; it is text, never a header.
    broken_name = 'name = "Carers Forum\\r\\nBcc: v@example.com"'
    config.write_text(config.read_text().replace('name = "Carers Forum"', broken_name))

    _build(config)

    (message,) = smtp.inbox.messages
    assert message["Bcc"] is None and message["X-Evil"] is None
    assert message["List-Id"] == "Carers Forum Bcc: v@example.com <forum.example.org>"
    assert [str(a.addr_spec) for a in message["To"].addresses] == ["member0@example.net"]
    assert all("\n" not in str(value) and "\r" not in str(value) for _, value in message.items())


def test_header_safe_strips_control_characters() -> None:
    assert mail.header_safe("a\r\nBcc: x\x00\x1b[31m\u2028b") == "a Bcc: x [31m b"


def test_approval_holds_a_digest_until_it_is_approved(tmp_path: Path, smtp: SmtpServer) -> None:
    config = _setup(tmp_path, smtp, approval=True, subscribers=2)

    report = _build(config)

    assert report.drafts and not report.digests
    assert smtp.inbox.messages == []
    site = tmp_path / "site"
    draft_page = site / "_drafts" / "forum" / "2026-11-24.html"
    assert 'name="robots" content="noindex' in draft_page.read_text()
    assert not (site / "forum" / "2026-11-24.html").exists()
    assert "_drafts" not in (site / "index.html").read_text()
    listing = CliRunner().invoke(main, ["drafts", "--config", str(config)])
    assert "forum: draft of 2026-11-24 with 3 items" in listing.output

    approved = CliRunner().invoke(main, ["approve", "forum", "--config", str(config)])

    assert approved.exit_code == 0, approved.output
    assert (site / "forum" / "2026-11-24.html").exists()
    assert sorted(smtp.inbox.recipients()) == ["member0@example.net", "member1@example.net"]


def test_rejecting_a_draft_returns_its_items_to_the_pool(tmp_path: Path, smtp: SmtpServer) -> None:
    config = _setup(tmp_path, smtp, approval=True, subscribers=1)
    _build(config)

    rejected = CliRunner().invoke(main, ["reject", "forum", "--config", str(config)])

    assert "its 3 items will be offered again" in rejected.output
    with Store.open(tmp_path / "broker.db") as store:
        assert store.count("digests") == 0 and store.count("digest_items") == 0
    assert smtp.inbox.messages == []


def test_unsubscribe_by_token_from_a_list_unsubscribe_mail(tmp_path: Path, smtp: SmtpServer) -> None:
    config = _setup(tmp_path, smtp, subscribers=2)
    _build(config)
    header = smtp.inbox.messages[0]["List-Unsubscribe"]
    token = header.split("unsubscribe%20", 1)[1].split(">", 1)[0]
    who = str(smtp.inbox.messages[0]["To"].addresses[0].addr_spec)

    result = CliRunner().invoke(main, ["unsubscribe", "--token", token, "--config", str(config)])

    assert result.output == f"{who} will get no more emails from Carers Forum.\n"
    forged = CliRunner().invoke(main, ["unsubscribe", "--token", token[:-2] + "xx", "--config", str(config)])
    assert forged.exit_code == 2 and "not one broker made" in forged.output


def test_bad_addresses_are_refused_and_an_import_keeps_every_good_row(tmp_path: Path, smtp: SmtpServer) -> None:
    config = _setup(tmp_path, smtp, subscribers=0)
    bad = CliRunner().invoke(main, ["subscribe", "forum", "jo@@example", "--config", str(config)])
    assert bad.exit_code == 2
    assert bad.output.startswith("Error: 'jo@@example' is not an email address (")
    members = tmp_path / "members.csv"
    members.write_text("email,name\nann@example.net,Ann\nnot-an-address,Bob\nCAT@Example.NET,Cat\n"
                       "ann@example.net,Ann again\n", encoding="utf-8")

    result = CliRunner().invoke(main, ["subscribers", "import", "forum", str(members), "--config", str(config)])

    assert "2 subscribed to Carers Forum; 0 were already; 2 rows skipped." in result.output
    assert "members.csv line 3: 'not-an-address' is not an email address" in result.output
    assert "members.csv line 5: ann@example.net appears twice" in result.output
    with Store.open(tmp_path / "broker.db") as store:
        assert store.subscribers("forum") == [("ann@example.net", "Ann"), ("CAT@example.net", "Cat")]


def test_without_smtp_settings_messages_go_to_the_outbox_folder(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(rss([story(1)]), encoding="utf-8")
    write_config(tmp_path / "feeds.toml", [("File", str(feed))])
    CliRunner().invoke(main, ["subscribe", "forum", "a@example.net", "--config", str(tmp_path / "feeds.toml")])

    report = _build(tmp_path / "feeds.toml")

    assert report.sending is not None and report.sending.sent == 1
    assert len(list((tmp_path / "outbox" / "forum" / "2026-11-24").glob("*.eml"))) == 1
    assert (tmp_path / "outbox" / "forum" / "2026-11-24.eml").exists(), "the preview copy is kept too"

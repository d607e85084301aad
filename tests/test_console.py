"""The curators' console through a real broker serve process: sign-in and its limits, roles, CSRF, labels
with who gave them, summaries, approving a draft to a real SMTP server, and feed text that stays text."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from .feeds import Story, story
from .serving import Served, csrf_of, serving, wait_for_mail

CURATOR, ADMIN = ("cur@example.org", "a long curator password"), ("adm@example.org", "a long admin password")
HOSTILE = Story(title="&lt;script&gt;alert('carer')&lt;/script&gt; Respite for carers", guid="hostile",
                link="https://example.org/hostile", summary="Carers told us that <b>respite</b> helped.")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    with serving(tmp_path_factory.mktemp("console"), stories=[story(n) for n in range(1, 6)] + [HOSTILE],
                 approval=True) as running:
        for (email, password), extra in ((CURATOR, []), (ADMIN, ["--admin"])):
            added = running.broker("curators", "add", email, *extra, given=password + "\n")
            assert added.returncode == 0, added.stderr
        for n in range(3):
            assert running.broker("subscribe", "forum", f"member{n}@example.net").returncode == 0
        assert running.broker("build").returncode == 0
        yield running


@contextmanager
def signed_in(served: Served, who: tuple[str, str]) -> Iterator[httpx.Client]:
    with served.client() as client:
        form = client.get("console/sign-in")
        answer = client.post("console/sign-in", data={"email": who[0], "password": who[1],
                                                      "csrf": csrf_of(form.text)})
        assert answer.status_code == 303 and answer.headers["location"].endswith("/console/"), answer.text
        yield client


def test_without_a_session_every_console_page_sends_you_to_sign_in(served: Served) -> None:
    with served.client() as client:
        for path in ("console/", "console/review", "console/drafts", "console/feeds", "console/themes",
                     "console/subscribers", "console/items/anything"):
            answer = client.get(path)
            assert answer.status_code == 303 and answer.headers["location"] == served.url + "console/sign-in", path
        assert client.post("console/labels", data={"item": "x", "theme": "carers", "verdict": "yes"}).status_code \
            == 403


def test_a_curator_who_is_not_an_admin_gets_403_on_subscriber_pages(served: Served) -> None:
    with signed_in(served, CURATOR) as curator, signed_in(served, ADMIN) as admin:
        page = curator.get("console/")
        assert curator.get("console/subscribers").status_code == 403
        add = curator.post("console/subscribers/add", data={"group": "forum", "email": "x@example.org",
                                                            "csrf": csrf_of(page.text)})
        assert add.status_code == 403
        assert admin.get("console/subscribers").status_code == 200
    assert "x@example.org" not in served.states()


def test_a_post_without_its_csrf_token_gets_403(served: Served) -> None:
    with signed_in(served, CURATOR) as client:
        item = re.search(r'name="item" value="([0-9a-f]+)"', client.get("console/review").text)
        assert item
        refused = client.post("console/labels", data={"item": item[1], "theme": "carers", "verdict": "no"})
        out = client.post("console/sign-out")
    assert refused.status_code == 403 and out.status_code == 403
    assert served.broker("labels", "export", "/dev/stdout").stdout.count(item[1]) == 0


def test_the_sixth_wrong_password_waits_even_when_right(served: Served) -> None:
    guarded = ("guarded@example.org", "the right password")
    assert served.broker("curators", "add", guarded[0], given=guarded[1] + "\n").returncode == 0
    with served.client() as client:
        token = csrf_of(client.get("console/sign-in").text)
        wrong = [client.post("console/sign-in", data={"email": guarded[0], "password": f"wrong guess {n}",
                                                      "csrf": token}).status_code for n in range(5)]
        right_but_waiting = client.post("console/sign-in", data={"email": guarded[0], "password": guarded[1],
                                                                 "csrf": token})
        unknown = client.post("console/sign-in", data={"email": "nobody@example.org", "password": "whatever it is",
                                                       "csrf": token})
    assert wrong == [400] * 5
    assert right_but_waiting.status_code == 429 and "wait 15 minutes" in right_but_waiting.text
    assert unknown.status_code == 400
    assert "do not match an account" in unknown.text, "the same answer for an unknown address as a wrong password"
    assert "do not match an account" in client_answer_for_wrong_password(served)


def client_answer_for_wrong_password(served: Served) -> str:
    with served.client() as client:
        token = csrf_of(client.get("console/sign-in").text)
        return client.post("console/sign-in", data={"email": CURATOR[0], "password": "not it at all",
                                                    "csrf": token}).text


def test_signing_out_ends_the_session_on_the_server(served: Served) -> None:
    with signed_in(served, ADMIN) as client:
        cookie = client.cookies.get("broker_session")
        page = client.get("console/")
        assert client.post("console/sign-out", data={"csrf": csrf_of(page.text)}).status_code == 303
    with served.client() as thief:  # the old cookie, replayed
        thief.cookies.set("broker_session", cookie or "")
        assert thief.get("console/").status_code == 303


def test_removing_a_curator_ends_their_sessions(served: Served) -> None:
    assert served.broker("curators", "add", "temp@example.org", given="a temporary password\n").returncode == 0
    with signed_in(served, ("temp@example.org", "a temporary password")) as client:
        assert client.get("console/").status_code == 200
        assert served.broker("curators", "remove", "temp@example.org").returncode == 0
        assert client.get("console/").status_code == 303


def test_labels_record_who_gave_them(served: Served) -> None:
    with signed_in(served, CURATOR) as client:
        page = client.get("console/review")
        item = re.search(r'name="item" value="([0-9a-f]+)"', page.text)
        assert item
        saved = client.post("console/labels", data={"item": item[1], "theme": "carers", "verdict": "yes",
                                                    "csrf": csrf_of(page.text), "next": "console/review"})
        assert saved.status_code == 303
        assert "Saved: item" in client.get(saved.headers["location"]).text
    exported = served.broker("labels", "export", str(Path(served.config).parent / "labels.csv"))
    assert exported.returncode == 0
    rows = list(csv.DictReader((Path(served.config).parent / "labels.csv").open()))
    assert {(r["item_id"], r["theme"], r["label"], r["by"]) for r in rows} >= {(item[1], "carers", "yes",
                                                                                CURATOR[0])}


def test_a_feed_title_holding_a_script_is_shown_as_text(served: Served) -> None:
    with signed_in(served, CURATOR) as client:
        pages = [client.get(p).text for p in ("console/review", "console/themes?theme=carers&keywords=respite")]
        hostile = re.search(r'console/items/([0-9a-f]+)">&lt;script&gt;', pages[0])
        assert hostile, "the title is on the review page, escaped"
        pages.append(client.get(f"console/items/{hostile[1]}").text)
    for html in pages:
        assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(" in pages[2]


def test_a_curator_rewrites_a_summary_and_the_next_build_shows_it(served: Served) -> None:
    with signed_in(served, CURATOR) as client:
        item = re.search(r'console/items/([0-9a-f]+)"', client.get("console/review").text)
        assert item
        page = client.get(f"console/items/{item[1]}")
        mine = "What was studied: how short breaks help carers.\nWhat was found: carers felt better rested."
        assert client.post(f"console/items/{item[1]}/summary", data={"csrf": csrf_of(page.text), "summary": mine}
                           ).status_code == 303
        assert "carers felt better rested" in client.get(f"console/items/{item[1]}").text
    summaries = Path(served.config).parent / "summaries" / f"{item[1]}.txt"
    assert summaries.read_text() == mine + "\n", "stored exactly as broker summary --edit stores it"
    shown = served.broker("summary", item[1])
    assert "carers felt better rested" in shown.stdout and "written by a curator" in shown.stdout


def test_an_admin_approves_a_draft_and_each_subscriber_gets_one_message(served: Served) -> None:
    with signed_in(served, ADMIN) as client:
        page = client.get("console/drafts")
        assert page.status_code == 200 and "Approve and send" in page.text
        frame = re.search(r'<iframe class="email-preview" src="([^"]+)"', page.text)
        assert frame and client.get(frame[1]).headers["content-security-policy"].startswith("default-src 'none'")
        digest = re.search(r'name="digest" value="([^"]+)"', page.text)
        assert digest
        done = client.post("console/drafts/forum/approve", data={"csrf": csrf_of(page.text), "digest": digest[1]})
        assert done.status_code == 303
        assert "3 emails went to subscribers" in client.get(done.headers["location"]).text
        again = client.post("console/drafts/forum/approve", data={"csrf": csrf_of(page.text), "digest": digest[1]})
        assert again.status_code == 409, "approving twice sends nothing twice"
        home = client.get("console/").text
    digests = [m for m in wait_for_mail(served.smtp, 3) if "new research" in m["Subject"]]
    assert sorted(m["To"] for m in digests) == [f"member{n}@example.net" for n in range(3)]
    assert f"approve forum/{digest[1]}: sent 3 emails" in home.replace("\n", " ")

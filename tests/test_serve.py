"""broker serve as a real process: confirmed sign-up, RFC 8058 one-click unsubscribe, preferences, and refusals."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .serving import Served, csrf_of, link_in, serving, wait_for_mail


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    with serving(tmp_path) as running:
        yield running


def _sign_up(served: Served, email: str, client_options: dict[str, object] | None = None) -> int:
    with served.client(**(client_options or {})) as client:
        form = client.get("subscribe/forum")
        assert form.status_code == 200
        done = client.post("subscribe/forum", data={"email": email, "name": "Jo", "csrf": csrf_of(form.text)})
        return done.status_code


def _confirm(served: Served, link: str) -> None:
    with served.client() as client:
        page = client.get(link)
        assert page.status_code == 200 and "Yes, send me the digest" in page.text
        assert client.post(link, data={"csrf": csrf_of(page.text)}).status_code == 200


def test_sign_up_is_confirmed_by_a_button_and_then_one_digest_comes_with_the_sender_name(served: Served) -> None:
    assert _sign_up(served, "Jo@Example.org") == 200
    (confirmation,) = wait_for_mail(served.smtp, 1)
    link = link_in(confirmation, served.url + "confirm/")
    assert confirmation["To"] == "Jo@example.org" and "confirm" in confirmation["Subject"].lower()

    with served.client() as scanner:  # a mail scanner follows every link: that must not subscribe anyone
        assert scanner.get(link).status_code == 200
    assert served.states() == {"Jo@example.org": "waiting"}

    _confirm(served, link)
    assert served.states() == {"Jo@example.org": "subscribed"}

    built = served.broker("build")
    assert built.returncode == 0, built.stderr
    digests = [m for m in wait_for_mail(served.smtp, 2) if "new research" in m["Subject"]]
    assert [m["To"] for m in digests] == ["Jo <Jo@example.org>"]
    assert digests[0]["From"] == "Riverside Digest <digest@example.org>"


def test_one_click_unsubscribe_stops_the_next_digest_and_a_get_changes_nothing(served: Served) -> None:
    assert served.broker("subscribe", "forum", "ann@example.net").returncode == 0
    assert served.broker("subscribe", "forum", "bob@example.net").returncode == 0
    assert served.broker("build").returncode == 0
    first = wait_for_mail(served.smtp, 2)
    to_ann = next(m for m in first if "ann@" in m["To"])
    header = to_ann["List-Unsubscribe"]
    assert to_ann["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    one_click = header.split("<", 1)[1].split(">", 1)[0]
    assert one_click.startswith(served.url + "unsubscribe/") and "mailto:" in header

    with served.client() as scanner:
        assert scanner.get(one_click).status_code == 200
    assert served.states()["ann@example.net"] == "subscribed", "a GET changes nothing"

    with served.client() as mail_program:  # RFC 8058: no cookie, no CSRF token, the token is the credential
        answer = mail_program.post(one_click, data={"List-Unsubscribe": "One-Click"})
    assert answer.status_code == 200
    assert served.states()["ann@example.net"] == "unsubscribed"

    (Path(served.config).parent / "feed.xml").write_text(
        (Path(served.config).parent / "feed.xml").read_text().replace("</channel>", _third_story() + "</channel>"))
    assert served.broker("build").returncode == 0
    second = wait_for_mail(served.smtp, 3)[2:]
    assert [m["To"] for m in second] == ["bob@example.net"]


def _third_story() -> str:
    return ("<item><title>Study 3: respite for unpaid carers</title><link>https://example.org/research/3</link>"
            "<guid>urn:test:3</guid><description>Carers told us breaks helped.</description>"
            "<pubDate>Tue, 17 Nov 2026 10:00:00 GMT</pubDate></item>")


def test_tampered_or_unknown_tokens_get_a_4xx_and_change_nothing(served: Served) -> None:
    assert served.broker("subscribe", "forum", "ann@example.net").returncode == 0
    assert served.broker("build").returncode == 0
    (digest,) = wait_for_mail(served.smtp, 1)
    one_click = digest["List-Unsubscribe"].split("<", 1)[1].split(">", 1)[0]
    tampered = one_click[:-3] + ("AAA" if not one_click.endswith("AAA") else "BBB")
    preferences = link_in(digest, served.url + "preferences/")
    with served.client() as client:
        for url in (tampered, served.url + "unsubscribe/nonsense", served.url + "confirm/nonsense",
                    preferences[:-2] + "xx"):
            assert 400 <= client.get(url).status_code < 500, url
        assert 400 <= client.post(tampered, data={"List-Unsubscribe": "One-Click"}).status_code < 500
        assert client.post(one_click, data={}).status_code == 400, "an empty POST is not the RFC 8058 body"
    assert served.states() == {"ann@example.net": "subscribed"}


def test_a_form_without_its_csrf_token_is_refused(served: Served) -> None:
    with served.client() as client:
        client.get("subscribe/forum")  # has the cookie, but sends no token
        refused = client.post("subscribe/forum", data={"email": "jo@example.org"})
        forged = client.post("subscribe/forum", data={"email": "jo@example.org", "csrf": "0" * 32})
    assert refused.status_code == 403 and forged.status_code == 403
    assert served.states() == {}
    assert wait_for_mail(served.smtp, 1, seconds=0.5) == []


def test_two_sign_ups_in_a_row_send_one_confirmation_and_the_answer_is_always_the_same(served: Served) -> None:
    with served.client() as client:
        form = client.get("subscribe/forum")
        answers = [client.post("subscribe/forum", data={"email": "jo@example.org", "csrf": csrf_of(form.text)})
                   for _ in range(2)]
    assert served.broker("subscribe", "forum", "known@example.org").returncode == 0
    with served.client() as client:
        form = client.get("subscribe/forum")
        known = client.post("subscribe/forum", data={"email": "known@example.org", "csrf": csrf_of(form.text)})

    assert len(wait_for_mail(served.smtp, 2, seconds=1)) == 1, "one confirmation, to jo only"
    texts = [a.text.replace("jo@example.org", "X") for a in answers] + [known.text.replace("known@example.org", "X")]
    assert texts[0] == texts[1] == texts[2], "the same page whether or not the address is known"


def test_an_unconfirmed_address_never_gets_a_digest(served: Served) -> None:
    assert _sign_up(served, "waiting@example.org") == 200
    assert served.broker("build").returncode == 0
    delivered = wait_for_mail(served.smtp, 2, seconds=1)
    assert [m["To"] for m in delivered] == ["waiting@example.org"], "only the confirmation"
    assert "confirm" in delivered[0]["Subject"].lower()


def test_rejoining_after_leaving_needs_a_new_confirmation(served: Served) -> None:
    assert _sign_up(served, "jo@example.org") == 200
    old_link = link_in(wait_for_mail(served.smtp, 1)[0], served.url + "confirm/")
    _confirm(served, old_link)
    assert served.broker("unsubscribe", "forum", "jo@example.org").returncode == 0

    with served.client() as client:
        page = client.get(old_link)
        again = client.post(old_link, data={"csrf": csrf_of(page.text)})
    assert again.status_code == 409 and served.states()["jo@example.org"] == "unsubscribed"


def test_preferences_show_a_persons_digests_and_stop_any_of_them(served: Served) -> None:
    assert served.broker("subscribe", "forum", "ann@example.net").returncode == 0
    assert served.broker("build").returncode == 0
    (digest,) = wait_for_mail(served.smtp, 1)
    link = link_in(digest, served.url + "preferences/")
    with served.client() as client:
        page = client.get(link)
        assert page.status_code == 200 and "Carers Forum" in page.text and "ann@example.net" in page.text
        stopped = client.post(link, data={"csrf": csrf_of(page.text), "stop": "forum"})
    assert stopped.status_code == 200 and "Stopped: Carers Forum." in stopped.text
    assert served.states()["ann@example.net"] == "unsubscribed"


def test_sign_ups_from_one_client_are_limited_but_a_proxy_is_believed_only_when_trusted(tmp_path: Path) -> None:
    with serving(tmp_path / "untrusted", extra_web="trusted_proxies = []\n") as served:
        codes = [_sign_up(served, f"p{n}@example.org", {"headers": {"X-Forwarded-For": f"10.0.0.{n}"}})
                 for n in range(21)]
    assert codes[:20] == [200] * 20 and codes[20] == 429, "a forged X-Forwarded-For does not dodge the limit"
    with serving(tmp_path / "trusted") as served:  # trusts 127.0.0.1, where the proxy would be
        codes = [_sign_up(served, f"p{n}@example.org", {"headers": {"X-Forwarded-For": f"10.0.0.{n}"}})
                 for n in range(21)]
    assert codes == [200] * 21, "behind a trusted proxy each client has its own limit"


def test_healthz_answers_and_sigterm_stops_the_service_cleanly(served: Served) -> None:
    with served.client() as client:
        answer = client.get("healthz")
    assert answer.status_code == 200
    assert "default-src 'none'" in answer.headers["content-security-policy"]
    served.process.send_signal(signal.SIGTERM)
    assert served.process.wait(timeout=20) == 0


def test_cookies_are_httponly_and_lax(served: Served) -> None:
    with served.client() as client:
        cookie = client.get("subscribe/forum").headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/join" in cookie
    assert "Secure" not in cookie, "only on https"


@pytest.mark.parametrize("url, problem", [
    ("ftp://example.org/join/", "is not a web address"),
    ("https://example.org/join", "must end in /"),
])
def test_the_service_refuses_to_start_with_a_bad_url(tmp_path: Path, url: str, problem: str) -> None:
    config = tmp_path / "feeds.toml"
    config.write_text(f'[broker]\ntitle = "x"\n\n[web]\nurl = "{url}"\n')
    done = subprocess.run([sys.executable, "-m", "broker", "serve", "--config", str(config)], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2 and problem in done.stderr

"""A real `broker serve` process on 127.0.0.1, beside a real SMTP server, for the web tests."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

import httpx

from .feeds import Story, rss, story, write_config
from .smtp import SmtpServer, free_port


@dataclass
class Served:
    """A running service: its address, its config, and the SMTP server its mail goes to."""

    url: str
    config: Path
    smtp: SmtpServer
    process: subprocess.Popen[str]

    def client(self, **options: object) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=10, **options)  # type: ignore[arg-type]

    def broker(self, *args: str, given: str | None = None) -> subprocess.CompletedProcess[str]:
        """Another broker command on the same config, as a separate process (as cron would run it)."""
        return subprocess.run([sys.executable, "-m", "broker", *args, "--config", str(self.config)],
                              capture_output=True, text=True, timeout=120, input=given,
                              stdin=subprocess.DEVNULL if given is None else None)

    def states(self, group: str = "forum") -> dict[str, str]:
        listed = self.broker("subscribers", "list", group)
        assert listed.returncode == 0, listed.stderr
        return {line.split("\t")[0]: line.split("\t")[1] for line in listed.stdout.splitlines()}


def config_with_web(tmp_path: Path, smtp: SmtpServer, port: int, *, extra_web: str = "",
                    stories: Sequence[Story] = (), approval: bool = False) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "feed.xml").write_text(rss(list(stories) or [story(1), story(2)]), encoding="utf-8")
    config = tmp_path / "feeds.toml"
    write_config(config, [("File feed", str(tmp_path / "feed.xml"))])
    config.write_text(config.read_text().replace('title = "Test Digest"', 'title = "Riverside Research"')
                      .replace("max_items = 50\n", "max_items = 50\n" + ("approval = true\n" if approval else ""))
                      + f'\n[email]\nfrom = "Riverside Digest <digest@example.org>"\nsmtp_host = "127.0.0.1"\n'
                      f'smtp_port = {smtp.port}\nsecurity = "none"\nrate_per_minute = 60000\ntimeout = 5\n'
                      f'\n[web]\nurl = "http://127.0.0.1:{port}/join/"\n{extra_web}', encoding="utf-8")
    return config


@contextmanager
def serving(tmp_path: Path, *, extra_web: str = "", stories: Sequence[Story] = (),
            approval: bool = False) -> Iterator[Served]:
    smtp = SmtpServer().start()
    port = free_port()
    config = config_with_web(tmp_path, smtp, port, extra_web=extra_web, stories=stories, approval=approval)
    try:
        with running(config, port, smtp) as served:
            yield served
    finally:
        smtp.stop()


@contextmanager
def running(config: Path, port: int, smtp: SmtpServer) -> Iterator[Served]:
    """broker serve on ``config`` (whose [web] url names ``port``) until the block ends, then SIGTERM."""
    process = subprocess.Popen([sys.executable, "-m", "broker", "serve", "--config", str(config), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    url = f"http://127.0.0.1:{port}/join/"
    try:
        wait_until_up(url, process)
        yield Served(url, config, smtp, process)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=20)


def wait_until_up(url: str, process: subprocess.Popen[str], seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"broker serve stopped: {process.stderr.read() if process.stderr else ''}")
        try:
            if httpx.get(url + "healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.05)
    raise RuntimeError("broker serve did not start")


CSRF = re.compile(r'name="csrf" value="([0-9a-f]+)"')


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "the page has a form with a CSRF token"
    return found[1]


def link_in(message: EmailMessage, start: str) -> str:
    """The first link in the plain-text part that starts with ``start``."""
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    found = re.search(re.escape(start) + r"[A-Za-z0-9._~%-]+", text)
    assert found, f"no {start} link in: {text}"
    return found[0]


def wait_for_mail(smtp: SmtpServer, count: int, seconds: float = 10) -> list[EmailMessage]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and len(smtp.inbox.messages) < count:
        time.sleep(0.05)
    return list(smtp.inbox.messages)

"""The command as cron runs it: quiet on success, one line per problem on stderr, honest exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .feeds import rss, story, write_config


def _broker(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run broker as cron would: a separate process, no terminal, no input."""
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    return subprocess.run([sys.executable, "-m", "broker", *args], cwd=cwd, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=120, env=env)


def test_quiet_build_prints_nothing_on_success(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").write_text(rss([story(1), story(2)]), encoding="utf-8")
    write_config(tmp_path / "feeds.toml", [("File", str(tmp_path / "feed.xml"))])

    done = _broker("-q", "build", cwd=tmp_path)

    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert (tmp_path / "site" / "index.html").exists()


def test_quiet_build_reports_a_feed_only_when_it_starts_failing(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").write_text(rss([story(1)]), encoding="utf-8")
    write_config(tmp_path / "feeds.toml", [("File", str(tmp_path / "feed.xml")),
                                           ("Gone", str(tmp_path / "missing.xml"))])

    first = _broker("-q", "build", cwd=tmp_path)
    second = _broker("-q", "build", cwd=tmp_path)

    assert first.returncode == 0 and first.stdout == ""
    assert first.stderr == (f"Feed 'Gone' failed: the file {tmp_path / 'missing.xml'} does not exist; "
                            "check the url in feeds.toml\n")
    assert (second.returncode, second.stdout, second.stderr) == (0, "", "")


def test_verbose_build_logs_each_stage(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").write_text(rss([story(1)]), encoding="utf-8")
    write_config(tmp_path / "feeds.toml", [("File", str(tmp_path / "feed.xml"))])

    done = _broker("-v", "build", cwd=tmp_path)

    assert done.returncode == 0
    assert "INFO: fetched 1 feeds" in done.stderr


def test_a_bad_config_fails_with_one_line_and_exit_code_2(tmp_path: Path) -> None:
    (tmp_path / "feeds.toml").write_text("[broker]\n", encoding="utf-8")

    done = _broker("-q", "build", cwd=tmp_path)

    assert done.returncode == 2
    assert done.stderr == "Error: feeds.toml: [broker]: 'title' is missing. Add a line: title = \"…\"\n"


def test_a_progress_bar_shows_on_a_terminal_and_never_in_a_pipe(tmp_path: Path) -> None:
    import pty

    (tmp_path / "feed.xml").write_text(rss([story(1)]), encoding="utf-8")
    write_config(tmp_path / "feeds.toml", [("File", str(tmp_path / "feed.xml"))])
    piped = _broker("build", cwd=tmp_path)
    assert "Fetching feeds" not in piped.stdout + piped.stderr

    leader, follower = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "100"}
    process = subprocess.Popen([sys.executable, "-m", "broker", "fetch"], cwd=tmp_path, stdin=follower,
                               stdout=follower, stderr=follower, env=env)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    process.wait(timeout=60)
    os.close(leader)
    assert b"Fetching feeds" in seen

"""The README's exit-code table, row by row, with broker run as cron runs it: a separate process."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

from .feeds import rss, story, write_config
from .smtp import free_port

README = Path(__file__).resolve().parent.parent / "README.md"


def _broker(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "broker", *args], cwd=cwd, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=120)


def _feeds(tmp_path: Path, *names: str, extra: str = "") -> None:
    (tmp_path / "good.xml").write_text(rss([story(1), story(2)]), encoding="utf-8")
    write_config(tmp_path / "feeds.toml", [(n, str(tmp_path / f"{n}.xml")) for n in names], extra=extra)


def test_the_readme_table_has_exactly_the_rows_tested_here() -> None:
    text = README.read_text(encoding="utf-8")
    table = text.split("| exit code | when |", 1)[1].split("\n\n", 1)[0]
    rows = [line.split("|")[1].strip() for line in table.splitlines()[2:]]
    assert rows == ["0", "1", "1", "1", "2", "2", "2", "75"]


def test_0_success_even_when_some_feeds_failed(tmp_path: Path) -> None:
    _feeds(tmp_path, "good", "missing")
    done = _broker("build", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Feed 'missing' failed" in done.stderr


def test_1_every_feed_failed(tmp_path: Path) -> None:
    _feeds(tmp_path, "missing")
    done = _broker("build", cwd=tmp_path)
    assert done.returncode == 1
    assert "Feed 'missing' failed" in done.stderr


def test_1_the_mail_server_could_not_be_reached(tmp_path: Path) -> None:
    closed = free_port()  # nothing listens here
    _feeds(tmp_path, "good", extra="")
    config = tmp_path / "feeds.toml"
    config.write_text(config.read_text() + f'\n[email]\nfrom = "digest@example.org"\nsmtp_host = "127.0.0.1"\n'
                      f'smtp_port = {closed}\nsecurity = "none"\ntimeout = 2\n')
    assert _broker("subscribe", "forum", "jo@example.org", cwd=tmp_path).returncode == 0

    built = _broker("build", cwd=tmp_path)
    sent = _broker("send", cwd=tmp_path)

    assert built.returncode == 1 and "Sending stopped: the mail server could not be reached" in built.stderr
    assert sent.returncode == 1 and "nothing will go twice" in sent.stderr


def test_1_the_database_cannot_be_used(tmp_path: Path) -> None:
    _feeds(tmp_path, "good")
    (tmp_path / "broker.db").write_bytes(b"this is not a database" * 100)
    done = _broker("status", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith(f"Error: {tmp_path / 'broker.db'}: is not a broker database")


def test_2_feeds_toml_is_wrong(tmp_path: Path) -> None:
    (tmp_path / "feeds.toml").write_text('[broker]\ntitle = "x"\n[[feeds]]\nname = "a"\n', encoding="utf-8")
    done = _broker("build", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == "Error: feeds.toml: [[feeds]] number 1: 'url' is missing. Add a line: url = \"…\"\n"


def test_2_a_file_feeds_toml_names_is_wrong(tmp_path: Path) -> None:
    _feeds(tmp_path, "good", extra='glossary = "our-words.toml"\n')
    (tmp_path / "our-words.toml").write_text('[[terms]]\nterm = "respite"\nexplanaton = "A break."\n')
    done = _broker("build", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("Error: our-words.toml: ")
    assert not (tmp_path / "broker.db").exists(), "refused before anything was fetched"


def test_2_the_command_line_is_wrong(tmp_path: Path) -> None:
    _feeds(tmp_path, "good")
    assert _broker("build", cwd=tmp_path).returncode == 0
    unknown_option = _broker("build", "--sned", cwd=tmp_path)
    unknown_group = _broker("subscribe", "nobody", "jo@example.org", cwd=tmp_path)
    unknown_item = _broker("label", "0000000000", "carers", cwd=tmp_path)
    bad_address = _broker("subscribe", "forum", "jo at example.org", cwd=tmp_path)
    assert [unknown_option.returncode, unknown_group.returncode, unknown_item.returncode,
            bad_address.returncode] == [2, 2, 2, 2]
    assert "there is no item with the id '0000000000'" in unknown_item.stderr


def test_75_another_run_holds_the_lock(tmp_path: Path) -> None:
    _feeds(tmp_path, "good")
    with open(tmp_path / "broker.db.lock", "a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        held.write(f'{{"pid": {os.getpid()}, "started": "2026-11-30T10:00:00Z"}}')
        held.flush()
        done = _broker("build", cwd=tmp_path)
    assert done.returncode == 75
    assert done.stderr.startswith("Error: another broker run is in progress")

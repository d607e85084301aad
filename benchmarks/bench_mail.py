"""Deliver 10,000 digest emails to a local aiosmtpd server; target: at least 200 messages a second.

The SMTP server runs in its own process (as a real one would), on 127.0.0.1.
Run: .venv/bin/python benchmarks/bench_mail.py [--messages N]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from broker import pipeline  # noqa: E402
from broker.config import load_config  # noqa: E402
from broker.store import Store  # noqa: E402
from tests.feeds import rss, story  # noqa: E402
from tests.smtp import free_port  # noqa: E402

TARGET_PER_SECOND = 200

SERVER = """
import asyncio, sys
from aiosmtpd.controller import Controller
class Count:
    n = 0
    async def handle_DATA(self, server, session, envelope):
        Count.n += 1
        return "250 OK"
controller = Controller(Count(), hostname="127.0.0.1", port=int(sys.argv[1]))
controller.start()
print("ready", flush=True)
sys.stdin.read()
controller.stop()
print(Count.n, flush=True)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=10_000)
    args = parser.parse_args()
    port = free_port()
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(port)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None and server.stdout.readline().strip() == "ready"
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "feed.xml").write_text(rss([story(n) for n in range(12)]), encoding="utf-8")
        (work / "feeds.toml").write_text(
            '[broker]\ntitle = "Bench"\nbase_url = "https://example.org/digest/"\nbacklog_days = 3650\n'
            '[[feeds]]\nname = "Feed"\nurl = "feed.xml"\n'
            '[themes.carers]\nlabel = "Unpaid carers"\nkeywords = ["carer"]\n'
            '[groups.forum]\nname = "Forum"\nthemes = ["carers"]\n'
            f'[email]\nfrom = "digest@example.org"\nsmtp_host = "127.0.0.1"\nsmtp_port = {port}\n'
            'security = "none"\nrate_per_minute = 1000000\n', encoding="utf-8")
        config = load_config(work / "feeds.toml")
        with Store.open(config.database) as store:
            store.subscribe_many("forum", [(f"member{n}@example.net", f"Member {n}") for n in range(args.messages)],
                                 pipeline.utc_now())
        pipeline.build(config, send=False)
        started = time.perf_counter()
        pending, report = pipeline.send(config)
        elapsed = time.perf_counter() - started
    server.communicate("")
    rate = report.sent / elapsed
    print(f"messages: {report.sent} of {pending} pending, in {elapsed:.2f} s: {rate:.0f} a second "
          f"(target {TARGET_PER_SECOND})")
    return 0 if report.sent == args.messages and rate >= TARGET_PER_SECOND else 1


if __name__ == "__main__":
    sys.exit(main())

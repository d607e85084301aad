"""Shared fixtures: a real HTTP server on 127.0.0.1 and configs that point at it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

REPO = Path(__file__).resolve().parent.parent
FIXED_NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


@pytest.fixture
def feed_server() -> Iterator[HTTPServer]:
    """A threaded HTTP server on 127.0.0.1, so one slow feed cannot hold up the others."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    try:
        yield server
    finally:
        server.clear()
        if server.is_running():
            server.stop()


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    """A private copy of the bundled demo, so tests never write into the repo."""
    target = tmp_path / "examples"
    shutil.copytree(REPO / "examples", target)
    return target

"""Read subscriber lists from CSV files, keeping every good row and naming every bad one."""

from __future__ import annotations

import csv
from pathlib import Path

from .addresses import BadAddress, normalise_address
from .errors import BrokerError


class SubscriberFileError(BrokerError):
    """The CSV file as a whole cannot be read."""


def read_subscriber_csv(path: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """(email, name) rows, deduplicated, and one line per row that was skipped."""
    return read_subscriber_bytes(path.read_bytes(), path.name)


def read_subscriber_bytes(data: bytes, name: str) -> tuple[list[tuple[str, str]], list[str]]:
    """As :func:`read_subscriber_csv`, for a file's bytes (an upload to the console); ``name`` names it."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SubscriberFileError(f"{name}: is not UTF-8 text. Save it as 'CSV UTF-8' in your spreadsheet") \
            from None
    return _rows(text, name)


def _rows(text: str, file_name: str) -> tuple[list[tuple[str, str]], list[str]]:
    path = Path(file_name)
    reader = csv.DictReader(text.splitlines())
    columns = {(c or "").strip().lower(): c for c in reader.fieldnames or []}
    if "email" not in columns:
        raise SubscriberFileError(f"{path.name}: has no 'email' column. Put the headings email,name on the first line")
    rows: list[tuple[str, str]] = []
    problems: list[str] = []
    seen: set[str] = set()
    for number, record in enumerate(reader, start=2):
        raw = (record.get(columns["email"]) or "").strip()
        name = (record.get(columns["name"]) or "").strip() if "name" in columns else ""
        try:
            email = normalise_address(raw)
        except BadAddress as exc:
            problems.append(f"{path.name} line {number}: {raw!r} is not an email address ({exc})")
            continue
        if email.casefold() in seen:  # one person, however the address is capitalised
            problems.append(f"{path.name} line {number}: {email} appears twice; kept the first")
            continue
        seen.add(email.casefold())
        rows.append((email, name))
    return rows, problems

"""Build digest emails and put them in the outbox.

Until SMTP delivery is configured, the outbox is a folder of ``.eml`` files,
one per group digest, each written atomically so a crash never leaves half a
message behind.
"""

from __future__ import annotations

import os
import re
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import urlsplit

from .models import Digest, Group

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")


def header_safe(text: str) -> str:
    """Header text from untrusted input: CR, LF and other control characters removed."""
    return _CONTROL.sub(" ", text).strip()


def mail_domain(base_url: str) -> str:
    return urlsplit(base_url).hostname or "localhost"


def build_message(*, site_title: str, base_url: str, group: Group, digest: Digest,
                  subject: str, text: str, html: str) -> EmailMessage:
    """One multipart/alternative message: a text part that reads well alone, and HTML."""
    domain = mail_domain(base_url)
    message = EmailMessage()
    message["Subject"] = header_safe(subject)
    message["From"] = f"{header_safe(site_title)} <digest@{domain}>"
    message["To"] = "undisclosed-recipients:;"
    message["Date"] = format_datetime(digest.created)
    message["Message-ID"] = f"<digest.{group.key}.{digest.id}@{domain}>"
    message["List-Id"] = f"{header_safe(group.name)} <{group.key}.{domain}>"
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    return message


def write_eml(outbox: Path, group: Group, digest: Digest, message: EmailMessage) -> Path:
    """Save a message as ``outbox/<group>/<digest>.eml``, atomically."""
    folder = outbox / group.key
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{digest.id}.eml"
    temporary = folder / f".{digest.id}.eml.{os.getpid()}.tmp"
    temporary.write_bytes(bytes(message))
    os.replace(temporary, path)
    return path

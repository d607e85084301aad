"""Build emails: each digest serialised once and personalised per subscriber; one-off notes.

Pure: bytes in, bytes out, no network and no database.
"""

from __future__ import annotations

import base64
import hashlib
import html
import os
import re
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path
from urllib.parse import quote, urlsplit

from ..models import Digest, Group

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")


def header_safe(text: str) -> str:
    """Header text from untrusted input: CR, LF and other control characters removed."""
    return _CONTROL.sub(" ", text).strip()


def mail_domain(base_url: str) -> str:
    return urlsplit(base_url).hostname or "localhost"


def message_id(group: str, digest_id: str, email: str, domain: str) -> str:
    """The same (digest, subscriber) always gets the same Message-ID, so a resend is recognisable."""
    who = hashlib.sha256(email.lower().encode()).hexdigest()[:16]  # one person, however it is capitalised
    return f"<{digest_id}.{group}.{who}@{domain}>"


# Stands in the bodies where each subscriber's own preferences link goes; letters only, so that
# HTML escaping and line wrapping leave it whole.
PREFERENCES_PLACEHOLDER = "BROKERPREFERENCESTOKEN"


@dataclass(frozen=True)
class Letterhead:
    """Who a digest comes from, shared by every message of a run."""

    site_title: str
    base_url: str
    sender: str
    reply_to: str = ""
    sender_name: str = ""  # shown beside the address; the site title when empty
    web_url: str = ""  # where broker serve is reached: one-click unsubscribe and preferences links


@dataclass(frozen=True)
class DigestMail:
    """One digest's email, serialised once: shared headers and the MIME body.

    Only To, Message-ID and List-Unsubscribe differ between subscribers, so
    each message is these bytes plus a few header lines; building a full
    EmailMessage per subscriber would cost more than sending it. When the
    bodies carry a preferences link, each subscriber's copy swaps in their own
    token and base64-encodes the two parts again (fast, and no line wrapping
    can split the token).
    """

    shared_headers: bytes
    body: bytes
    group: str
    digest_id: str
    domain: str
    sender: str
    base_url: str
    web_url: str = ""
    text: str = ""  # kept only when the bodies hold the preferences placeholder
    html: str = ""
    boundary: str = ""


def prepare(head: Letterhead, group: Group, digest: Digest, *, subject: str, text: str, html: str) -> DigestMail:
    """A multipart/alternative digest email: a text part that reads well alone, and HTML."""
    message = EmailMessage(policy=SMTP)
    message["Subject"] = header_safe(subject)
    user, _, host = head.sender.partition("@")
    message["From"] = Address(header_safe(group.sender_name or head.sender_name or head.site_title), user, host)
    if head.reply_to:
        message["Reply-To"] = head.reply_to
    message["Date"] = format_datetime(digest.created)
    domain = mail_domain(head.base_url)
    message["List-Id"] = f"{header_safe(group.name)} <{group.key}.{domain}>"
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    headers, _, body = bytes(message).partition(b"\r\n\r\n")
    personal = PREFERENCES_PLACEHOLDER in text or PREFERENCES_PLACEHOLDER in html
    return DigestMail(headers + b"\r\n", body, group.key, digest.id, domain, head.sender, head.base_url,
                      head.web_url, text if personal else "", html if personal else "",
                      str(message.get_boundary()) if personal else "")


def _part(kind: str, content: str) -> bytes:
    encoded = base64.encodebytes(content.encode("utf-8")).replace(b"\n", b"\r\n")
    return (f'Content-Type: text/{kind}; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
            ).encode("ascii") + encoded


def _body(prepared: DigestMail, token: str) -> bytes:
    """The MIME body with this subscriber's preferences token in place of the placeholder."""
    if not prepared.boundary:
        return prepared.body
    edge = f"--{prepared.boundary}".encode("ascii")
    text, html = (part.replace(PREFERENCES_PLACEHOLDER, token) for part in (prepared.text, prepared.html))
    return (edge + b"\r\n" + _part("plain", text) + edge + b"\r\n" + _part("html", html)
            + edge + b"--\r\n")


def personalise(prepared: DigestMail, recipient: tuple[str, str] | None = None, token: str = "",
                preferences: str = "") -> bytes:
    """The message for one subscriber (or, with none, the preview copy addressed to nobody).

    ``token`` signs their one-click unsubscribe (RFC 8058, when broker serve is
    set up) and ``preferences`` the link in the footer to choose what they get.
    """
    if recipient is None:
        lines = ["To: undisclosed-recipients:;", f"Message-ID: <digest.{prepared.group}.{prepared.digest_id}"
                                                   f"@{prepared.domain}>"]
    else:
        email, name = recipient
        lines = [f"To: {formataddr((header_safe(name), email), charset='utf-8')}",
                 f"Message-ID: {message_id(prepared.group, prepared.digest_id, email, prepared.domain)}"]
    if token:
        links = [f"<mailto:{prepared.sender}?subject={quote('unsubscribe ' + token)}>"]
        if prepared.web_url:
            links.insert(0, f"<{prepared.web_url}unsubscribe/{token}>")
        lines.append("List-Unsubscribe: " + ",\r\n ".join(links))
        if prepared.web_url:
            lines.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
    personal = "\r\n".join(lines).encode("ascii") + b"\r\n"
    return prepared.shared_headers + personal + b"\r\n" + _body(prepared, preferences)


def operator_report(head: Letterhead, to: str, subject: str, text: str, when: datetime) -> bytes:
    """A plain-text note to the operator (the feed-health report)."""
    message = EmailMessage(policy=SMTP)
    message["Subject"] = header_safe(subject)
    user, _, host = head.sender.partition("@")
    message["From"] = Address(header_safe(head.site_title), user, host)
    message["To"] = to
    message["Date"] = format_datetime(when)
    message["Message-ID"] = f"<health.{when:%Y%m%dT%H%M%S}@{mail_domain(head.base_url)}>"
    message.set_content(text)
    return bytes(message)


def confirmation(head: Letterhead, group: Group, to: str, link: str, days: int, when: datetime) -> bytes:
    """The email that asks a person who signed up on the web to confirm, so nobody is signed up by a stranger."""
    message = EmailMessage(policy=SMTP)
    message["Subject"] = header_safe(f"Please confirm: the {group.name} digest by email")
    user, _, host = head.sender.partition("@")
    message["From"] = Address(header_safe(group.sender_name or head.sender_name or head.site_title), user, host)
    message["To"] = to
    if head.reply_to:
        message["Reply-To"] = head.reply_to
    message["Date"] = format_datetime(when)
    message["Message-ID"] = f"<confirm.{group.key}.{hashlib.sha256(to.lower().encode()).hexdigest()[:16]}." \
                            f"{int(when.timestamp())}@{mail_domain(head.base_url)}>"
    text = (f"Someone, we hope you, asked for the {group.name} digest to be sent to {to}.\n\n"
            f"To start getting it, open this link and press the button on the page:\n{link}\n\n"
            f"The link works for {days} days. If it was not you, ignore this email: "
            "nothing will be sent to you.\n\n-- \n" + head.site_title + "\n")
    message.set_content(text)
    fields = {"group": group.name, "to": to, "link": link, "site": head.site_title}
    safe = {key: html.escape(value) for key, value in fields.items()}
    message.add_alternative(
        f"<p>Someone, we hope you, asked for the {safe['group']} digest to be sent to {safe['to']}.</p>"
        f'<p><a href="{safe["link"]}">Confirm that you want the {safe["group"]} digest</a> '
        "(the page has one button to press).</p>"
        f"<p>The link works for {days} days. If it was not you, ignore this email: nothing will be sent to you.</p>"
        f"<p>{safe['site']}</p>", subtype="html")
    return bytes(message)


def write_eml(folder: Path, name: str, message: bytes) -> Path:
    """Save a message as ``folder/name.eml``, atomically, so no reader sees half of it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.eml"
    temporary = folder / f".{name}.eml.{os.getpid()}.tmp"
    temporary.write_bytes(message)
    os.replace(temporary, path)
    return path

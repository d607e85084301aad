"""Email addresses from people: checked and normalised once, the same way everywhere."""

from __future__ import annotations


class BadAddress(ValueError):
    """An address that cannot receive mail; the message says why."""


def normalise_address(text: str) -> str:
    """The address in its canonical form (domain lower-cased), or BadAddress.

    Deliverability (DNS) is not checked: broker often runs where DNS is
    slow or absent, and the mail server is the judge of that.
    """
    # Imported here: email_validator compiles its grammar on import (about 20 ms), which every
    # cron run would pay, though most runs check no address at all.
    from email_validator import EmailNotValidError, validate_email

    candidate = text.strip()
    if not candidate:
        raise BadAddress("the address is empty")
    if any(ord(c) < 32 or c in "<>," for c in candidate):
        raise BadAddress("an address may not hold spaces, commas, angle brackets or line breaks")
    try:
        return validate_email(candidate, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise BadAddress(str(exc).rstrip(".")) from None

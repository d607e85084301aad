"""Curators' passwords, hashed with Argon2id (argon2-cffi): only the hash is ever stored.

Checking an address that has no account still spends the time of a real check,
so the answer's timing does not tell anyone which addresses have accounts.
"""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

MIN_LENGTH = 10


@cache
def _hasher() -> PasswordHasher:
    return PasswordHasher()  # argon2-cffi's defaults: Argon2id with RFC 9106's low-memory profile


@cache
def _decoy() -> str:
    return _hasher().hash("a password nobody has")


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def check_password(stored: str | None, given: str) -> bool:
    """Whether ``given`` matches the stored hash; with none stored, check a decoy so it takes as long."""
    try:
        return _hasher().verify(stored or _decoy(), given) and stored is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def weak(password: str) -> str:
    """Why a new password is too weak, or '' if it will do."""
    if len(password) < MIN_LENGTH:
        return f"a password needs at least {MIN_LENGTH} characters (a few words together are easy to remember)"
    if len(set(password)) < 4:
        return "that password repeats too few characters; use a few words together"
    return ""

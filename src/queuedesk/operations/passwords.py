"""Salted, slow password hashes (scrypt), never plain text.

scrypt with N=2^17, r=8, p=1 (OWASP's floor): ~128 MiB and a few hundred milliseconds
per check, so guessing is slow even with the hashes in hand. A hash made with weaker
parameters is rehashed at the next successful sign-in (`needs_rehash`). Checking a
password for a user who does not exist costs the same work (`check_nobody`), so timing
tells nobody which user names exist.
"""
from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import secrets

#: Work factors of new hashes. Tests lower N for speed (tests/conftest.py); nothing else may.
N, R, P = 2 ** 17, 8, 1


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p, dklen=length,
                          maxmem=256 * r * n + 2 ** 20)   # 128·r·N bytes, with room


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, N, R, P, 32)
    return "scrypt${}${}${}${}${}".format(N, R, P, base64.b64encode(salt).decode(),
                                         base64.b64encode(digest).decode())


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p), len(expected))
    except (ValueError, TypeError, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)


def needs_rehash(stored: str) -> bool:
    """Made with other work factors than today's (weaker, before N was raised)."""
    try:
        scheme, n, r, p, _salt, _digest = stored.split("$")
        return scheme != "scrypt" or (int(n), int(r), int(p)) != (N, R, P)
    except ValueError:
        return True


@functools.lru_cache(maxsize=4)
def _decoy(n: int) -> str:
    return hash_password(secrets.token_hex(8))


def check_nobody(password: str) -> bool:
    """The work of a real check, for a user name that does not exist; always False."""
    check_password(password, _decoy(N))
    return False

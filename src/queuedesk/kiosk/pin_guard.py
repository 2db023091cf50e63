"""Wrong staff PINs at this kiosk: after LOCK_AFTER in a row the PIN pad locks for LOCK_FOR.

The same numbers as a staff account's lockout (domain.model), kept by the kiosk itself:
the hall's PIN is one for every kiosk, so a passer-by guessing at one kiosk must not
lock staff out of the others. Plain Python on a monotonic clock (a changed wall clock
neither shortens nor lengthens the lock).
"""
from __future__ import annotations

import time
from collections.abc import Callable

from queuedesk.domain.model import LOCK_AFTER, LOCK_FOR


class PinGuard:
    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self._clock = clock
        self.wrong_tries = 0
        self._locked_until: float | None = None

    def locked_seconds(self) -> float:
        """How long the pad stays locked; 0 when it is not."""
        if self._locked_until is None:
            return 0.0
        left = self._locked_until - self._clock()
        if left <= 0:
            self._locked_until = None
            return 0.0
        return left

    @property
    def tries_left(self) -> int:
        return LOCK_AFTER - self.wrong_tries

    def wrong(self) -> bool:
        """A wrong PIN; True when it locked the pad."""
        self.wrong_tries += 1
        if self.wrong_tries >= LOCK_AFTER:
            self.wrong_tries = 0
            self._locked_until = self._clock() + LOCK_FOR.total_seconds()
            return True
        return False

    def right(self) -> None:
        self.wrong_tries, self._locked_until = 0, None

"""The chime before every announcement: queuedesk's own two-tone "ding-dong".

Generated, not sampled, so there is no licence to track and anyone can rebuild it:
`python -m queuedesk.voice.chime` writes resources/sounds/chime.wav (or the path given).
A falling major third (E5 → C5), like a doorbell: familiar, calm, heard over a noisy
hall without being mistaken for an alarm. Soft attack (no click), bell-like decay,
peak at -6 dBFS so the speech that follows is not drowned.
"""
from __future__ import annotations

import array
import math
import sys
from pathlib import Path

from queuedesk.resources import resource
from queuedesk.voice import pcm

# (start s, frequency Hz, length s)
NOTES = ((0.0, 659.25, 0.75), (0.45, 523.25, 1.05))
# (harmonic, relative level, decay time constant s): upper partials die first, as on a bell.
PARTIALS = ((1, 1.0, 0.42), (2, 0.28, 0.18), (3, 0.08, 0.10))
ATTACK = 0.008
RELEASE = 0.06
PEAK = 0.5


def path() -> Path:
    return resource("sounds", "chime.wav")


def generate(rate: int = pcm.RATE) -> array.array:
    length = max(start + dur for start, _, dur in NOTES)
    mix = [0.0] * round(length * rate)
    for start, freq, dur in NOTES:
        first, count = round(start * rate), round(dur * rate)
        release_from = count - round(RELEASE * rate)
        for n in range(count):
            t = n / rate
            value = sum(level * math.exp(-t / tau) * math.sin(2 * math.pi * freq * harmonic * t)
                        for harmonic, level, tau in PARTIALS)
            # Raised-cosine edges: a hard start or stop would click in the speakers.
            if t < ATTACK:
                value *= 0.5 - 0.5 * math.cos(math.pi * t / ATTACK)
            if n >= release_from:
                value *= 0.5 + 0.5 * math.cos(math.pi * (n - release_from) / (count - release_from))
            mix[first + n] += value
    scale = PEAK * pcm.FULL_SCALE / max(abs(v) for v in mix)
    return array.array("h", (round(v * scale) for v in mix))


def load(rate: int = pcm.RATE) -> array.array:
    """The shipped chime, or a freshly generated one if the file is missing."""
    try:
        return pcm.read_wav(path(), rate)
    except FileNotFoundError:
        return generate(rate)


def write(target: str | Path | None = None, rate: int = pcm.RATE) -> Path:
    target = Path(target) if target else path()
    target.parent.mkdir(parents=True, exist_ok=True)
    pcm.write_wav(target, generate(rate), rate)
    return target


if __name__ == "__main__":
    written = write(sys.argv[1] if len(sys.argv) > 1 else None)
    print(written)

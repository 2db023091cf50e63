"""Mono 16-bit PCM in stdlib arrays: read any simple WAV into it, write it back out.

Everything the voice part mixes is brought to one format, the one eSpeak NG writes
(22050 Hz, mono, 16-bit), so the chime and SAPI5/NSSS speech can be joined to it.
"""
from __future__ import annotations

import array
import math
import os
import sys
import wave

RATE = 22050
FULL_SCALE = 32767


def read_wav(path: str | os.PathLike, rate: int = RATE) -> array.array:
    """Samples of a PCM WAV as array('h'), mixed to mono and resampled to `rate`."""
    with wave.open(os.fspath(path), "rb") as wav:
        channels, width, source_rate = wav.getnchannels(), wav.getsampwidth(), wav.getframerate()
        data = wav.readframes(wav.getnframes())
    samples = _to_int16(data, width)
    if channels > 1:
        samples = array.array("h", (sum(samples[i:i + channels]) // channels
                                    for i in range(0, len(samples) - channels + 1, channels)))
    return resample(samples, source_rate, rate)


def write_wav(path: str | os.PathLike, samples: array.array, rate: int = RATE) -> None:
    out = samples
    if sys.byteorder == "big":
        out = array.array("h", samples)
        out.byteswap()
    with wave.open(os.fspath(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(out.tobytes())


def silence(seconds: float, rate: int = RATE) -> array.array:
    return array.array("h", bytes(2 * round(seconds * rate)))


def duration(samples: array.array, rate: int = RATE) -> float:
    return len(samples) / rate


def rms(samples: array.array) -> float:
    if not samples:
        return 0.0
    return math.sqrt(sum(s * s for s in samples) / len(samples))


def dbfs(level: float) -> float:
    """A sample level as dB below full scale (−inf for silence)."""
    return 20 * math.log10(level / FULL_SCALE) if level > 0 else -math.inf


def peak(samples: array.array) -> int:
    return max((abs(s) for s in samples), default=0)


def active_rms(samples: array.array, frame: float = 0.02, gate_db: float = -45.0, rate: int = RATE) -> float:
    """RMS over the 20 ms frames that are louder than `gate_db`: how loud the speech is,
    whatever the pauses between words (a slow voice is not a quiet one)."""
    size = max(1, round(frame * rate))
    gate = FULL_SCALE * 10 ** (gate_db / 20)
    total, count = 0.0, 0
    for start in range(0, len(samples), size):
        chunk = samples[start:start + size]
        energy = sum(s * s for s in chunk)
        if chunk and math.sqrt(energy / len(chunk)) > gate:
            total += energy
            count += len(chunk)
    return math.sqrt(total / count) if count else 0.0


def normalise(samples: array.array, target_db: float, peak_db: float) -> array.array:
    """`samples` brought to `target_db` of active RMS, but never peaking above `peak_db`:
    every voice and language equally loud, none near clipping."""
    level, top = active_rms(samples), peak(samples)
    if not level or not top:
        return samples
    gain = min(10 ** ((target_db - dbfs(level)) / 20), FULL_SCALE * 10 ** (peak_db / 20) / top)
    return array.array("h", (int(s * gain) for s in samples))


def trim(samples: array.array, threshold: int = 300, keep: float = 0.03, rate: int = RATE) -> array.array:
    """Without the leading and trailing silence (keeping `keep` s), so pauses are ours to set."""
    first = next((i for i, s in enumerate(samples) if abs(s) > threshold), None)
    if first is None:
        return array.array("h")
    last = next(i for i in range(len(samples) - 1, -1, -1) if abs(samples[i]) > threshold)
    margin = round(keep * rate)
    return samples[max(0, first - margin):min(len(samples), last + 1 + margin)]


def resample(samples: array.array, source_rate: int, rate: int) -> array.array:
    """Linear interpolation: plenty for a chime or a voice on a hall's loudspeaker."""
    if source_rate == rate or not samples:
        return samples
    count = int(len(samples) * rate / source_rate)
    step = source_rate / rate
    last = len(samples) - 1
    out = array.array("h", bytes(2 * count))
    for i in range(count):
        pos = i * step
        j = int(pos)
        frac = pos - j
        a = samples[j]
        b = samples[j + 1] if j < last else a
        out[i] = int(round(a + (b - a) * frac))
    return out


def _to_int16(data: bytes, width: int) -> array.array:
    if width == 2:
        samples = array.array("h", data)
        if sys.byteorder == "big":
            samples.byteswap()
        return samples
    if width == 1:  # unsigned 8-bit
        return array.array("h", ((b - 128) << 8 for b in data))
    if width in (3, 4):  # keep the top 16 bits of each little-endian sample
        return array.array("h", (int.from_bytes(data[i + width - 2:i + width], "little", signed=True)
                                 for i in range(0, len(data) - width + 1, width)))
    raise wave.Error(f"unsupported sample width {width * 8} bits")

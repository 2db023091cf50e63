"""One announcement as one WAV: the chime, then the sentences, said `voice.repeat` times.

    chime · pause · 请 A 零 一 二 号 到 三 号窗口 [· Ticket A-zero one two, …] · pause · again

One file, so the player has a single thing to start and finish, and a recall of the
same ticket at the same counter replays a file already on disk. The engine's own
leading and trailing silence is trimmed so the pauses here are the only ones.

Every sentence is brought to one loudness (SPEECH_DB of active RMS), never peaking
above PEAK_DB: eSpeak's Mandarin came out 3 dB louder than its English and touched full
scale (see benchmarks/voice_loudness.py). Each announcement also comes in a short form,
said once, for when calls pile up.
"""
from __future__ import annotations

import array
import hashlib
import json
import os
import uuid
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from queuedesk.domain.languages import LocalText
from queuedesk.voice import chime, pcm, phrases
from queuedesk.voice.synth import DEFAULT_MAX_BYTES, Synthesizer, cache_root, prune

if TYPE_CHECKING:
    from queuedesk.config import Config

COMPOSE_VERSION = 2
SPEECH_DB = -20.0     # active RMS of every sentence, dBFS
PEAK_DB = -1.0        # no sample of an announcement above this
PAUSE_AFTER_CHIME = 0.35
PAUSE_BETWEEN_LANGUAGES = 0.5
PAUSE_BETWEEN_REPEATS = 0.9
TAIL = 0.25


@dataclass(frozen=True)
class Announcement:
    path: Path
    duration: float                          # seconds
    sentences: tuple[tuple[str, str], ...]   # (lang, text) spoken, once each per repeat
    once: Path | None = None                 # the same said once: for when calls pile up

    def read_bytes(self) -> bytes:
        return self.path.read_bytes()


def compose(number: str, counter: int | str, config: Config, *, lang: str | None = None,
            synth: Synthesizer | None = None, out_dir: str | os.PathLike | None = None,
            templates: LocalText | None = None, names: LocalText | None = None) -> Announcement:
    """Render (or find) the announcement for one call: in `lang` alone, or as the hall's
    settings say (phrases.languages); `templates` the hall's sentence per language,
    `names` the counter's own names. Raises SpeechError, ValueError."""
    said = phrases.sentences(config, number, counter, lang, templates, names)
    synth = synth or Synthesizer()
    speech = synth.render_many(said)
    repeat = max(1, int(config["voice.repeat"]))
    block: array.array | None = None

    def spoken() -> array.array:
        nonlocal block
        if block is None:
            block = array.array("h")
            for i, path in enumerate(speech):
                if i:
                    block += pcm.silence(PAUSE_BETWEEN_LANGUAGES)
                block += pcm.normalise(pcm.trim(pcm.read_wav(path)), SPEECH_DB, PEAK_DB)
        return block

    def build(times: int):
        def samples() -> array.array:
            out = chime.load() + pcm.silence(PAUSE_AFTER_CHIME)
            for i in range(times):
                if i:
                    out += pcm.silence(PAUSE_BETWEEN_REPEATS)
                out += spoken()
            return out + pcm.silence(TAIL)
        return samples

    def key(times: int) -> list:
        return [COMPOSE_VERSION, _digest(chime.path()), [p.name for p in speech], times, SPEECH_DB, PEAK_DB,
                PAUSE_AFTER_CHIME, PAUSE_BETWEEN_LANGUAGES, PAUSE_BETWEEN_REPEATS, TAIL]

    full = _cached(key(repeat), build(repeat), out_dir, tuple(said))
    once = full if repeat == 1 else _cached(key(1), build(1), out_dir, tuple(said))
    return Announcement(full.path, full.duration, full.sentences, once.path)


def chime_only(out_dir: str | os.PathLike | None = None) -> Announcement:
    """The chime alone: what the hall hears when speech fails, so people still look up."""
    key = [COMPOSE_VERSION, _digest(chime.path()), "chime-only", TAIL]
    return _cached(key, lambda: chime.load() + pcm.silence(TAIL), out_dir, ())


def _cached(key: list, build, out_dir, said: tuple) -> Announcement:
    directory = Path(out_dir) if out_dir is not None else cache_root() / "announcements"
    name = hashlib.sha256(json.dumps(key).encode()).hexdigest()[:32] + ".wav"
    path = directory / name
    if path.is_file():
        try:
            with wave.open(str(path), "rb") as wav:
                seconds = wav.getnframes() / wav.getframerate()
            os.utime(path)
            return Announcement(path, seconds, said)
        except (OSError, EOFError, wave.Error):
            pass  # a damaged file is simply rebuilt
    samples = build()
    directory.mkdir(parents=True, exist_ok=True)
    temp = directory / f".{name}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        pcm.write_wav(temp, samples)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    prune(directory, DEFAULT_MAX_BYTES)
    return Announcement(path, pcm.duration(samples), said)


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError:
        return "generated"

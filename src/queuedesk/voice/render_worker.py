"""The speech worker process: renders sentences to WAV files with pyttsx3, then exits.

synth.py runs it as `python -m queuedesk.voice.render_worker`, one short process per
batch: pyttsx3 hangs when driven from threads and keeps engine state per process, so
it never runs inside the GUI process, and a stuck engine can simply be killed.

stdin:  {"rate": 150, "jobs": [{"text": "...", "lang": "zh_CN", "out": "/path.wav"}, ...]}
stdout: {"voices": {"zh_CN": "sit/cmn"}} when every file is written (exit 0);
        otherwise one line on stderr and exit 1.
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import threading
from pathlib import Path
from typing import Any, Iterable

from queuedesk.domain.languages import language

# eSpeak NG renders a sentence in ~20 ms; the parent's timeout covers a stuck engine.
ESPEAK_WAIT = 10.0


class WorkerError(Exception):
    pass


def _norm(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "ignore")
    return str(value).lower().replace("_", "-")


def pick_voice(voices: Iterable[Any], lang: str) -> str | None:
    """The id of the best voice for `lang` among pyttsx3 Voice objects, or None.

    An exact match (id ends in /cmn, or language zh-CN) beats a regional variant
    (cmn-latn-pinyin, en-029), which beats a tag somewhere in the id.
    """
    best: tuple[tuple[int, int, int], str] | None = None
    for order, voice in enumerate(voices):
        vid = _norm(voice.id)
        langs = [_norm(code) for code in (getattr(voice, "languages", None) or [])]
        # Tags looked for in a voice's languages and id, best first: eSpeak NG calls
        # Mandarin "cmn" ("sit/cmn"), SAPI5 and NSSS say zh-CN / zh_TW.
        for rank, tag in enumerate(language(lang).voice_tags):
            if vid.rsplit("/", 1)[-1] == tag or tag in langs:
                score = (rank, 0, order)
            elif any(code.startswith(tag + "-") for code in langs) or re.search(
                    rf"(?<![a-z]){re.escape(tag)}(?![a-z])", vid):
                score = (rank, 1, order)
            else:
                continue
            if best is None or score < best[0]:
                best = (score, voice.id)
            break
    return best[1] if best else None


def render(jobs: list[dict], rate: int) -> dict[str, str]:
    from queuedesk.voice import espeak

    espeak.prepare()
    import pyttsx3

    engine = pyttsx3.init()
    voices = engine.getProperty("voices")
    chosen: dict[str, str] = {}
    say = _Sayer(engine)
    for job in jobs:
        lang, text, out = job["lang"], job["text"], job["out"]
        if lang not in chosen:
            voice = pick_voice(voices, lang)
            if voice is None:
                raise WorkerError(f"no {language(lang).voice_name} voice installed")
            chosen[lang] = voice
        engine.setProperty("voice", chosen[lang])
        engine.setProperty("rate", rate)
        engine.setProperty("volume", 1.0)
        say(text, out)
    return chosen


class _Sayer:
    """save_to_file + runAndWait, made reliable for pyttsx3's espeak driver.

    That driver synthesises on eSpeak's own thread: runAndWait returns before the WAV
    is written (3 missing files in 40 runs here), and now and then eSpeak ends a
    sentence at once with no audio (about 1 in 200, always after a voice change).
    The driver announces "finished-utterance" after closing the file, so wait for
    that, and say a sentence that came out empty again.
    """

    ATTEMPTS = 3

    def __init__(self, engine):
        self.engine = engine
        self.asynchronous = engine.driver_name == "espeak"
        self.written = threading.Event()
        engine.connect("finished-utterance", lambda **_: self.written.set())

    def __call__(self, text: str, out: str) -> None:
        for _ in range(self.ATTEMPTS):
            self.written.clear()
            self.engine.save_to_file(text, out)
            self.engine.runAndWait()
            if self.asynchronous and not self.written.wait(ESPEAK_WAIT):
                raise WorkerError(f"eSpeak NG did not finish {text!r} within {ESPEAK_WAIT:g} s")
            if _has_audio(out):
                return
        raise WorkerError(f"the speech engine wrote no audio for {text!r}")


def _has_audio(path: str) -> bool:
    try:
        return Path(path).stat().st_size > 44  # more than a bare WAV header
    except OSError:
        return False


def main() -> int:
    try:
        request = json.load(sys.stdin)
        # pyttsx3 prints "Audio saved to ..." for every file; stdout is our answer.
        with open(os.devnull, "w") as devnull, contextlib.redirect_stdout(devnull):
            chosen = render(request["jobs"], int(request.get("rate", 150)))
    except Exception as exc:  # one line for the parent's SpeechError, no traceback
        message = str(exc) if isinstance(exc, WorkerError) else f"{type(exc).__name__}: {exc}"
        print(message.replace("\n", " "), file=sys.stderr)
        return 1
    print(json.dumps({"voices": chosen}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

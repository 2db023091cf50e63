"""How loud the announcements are: peak and speech loudness per language, before (the
speech engine's own WAV) and after (the announcement as played), side by side.

    python benchmarks/voice_loudness.py [--number A012] [--counter 3]

Target: no sample above -1 dBFS (clipping on cheap hall amplifiers), and every language
equally loud (active RMS within 1 dB of voice.announcement.SPEECH_DB).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from queuedesk.config import Config  # noqa: E402
from queuedesk.voice import announcement, chime, pcm  # noqa: E402
from queuedesk.voice.synth import CACHE_ENV, Synthesizer  # noqa: E402


def measure(samples) -> tuple[float, float, int]:
    """(peak dBFS, active RMS dBFS, samples at ≥ 97 % of full scale)."""
    near = sum(1 for s in samples if abs(s) >= 0.97 * pcm.FULL_SCALE)
    return pcm.dbfs(pcm.peak(samples)), pcm.dbfs(pcm.active_rms(samples)), near


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--number", default="A012")
    parser.add_argument("--counter", default="3")
    args = parser.parse_args()
    os.environ.setdefault(CACHE_ENV, tempfile.mkdtemp(prefix="queuedesk-loudness-"))
    synth = Synthesizer()
    config = Config({"voice.repeat": 1})
    print(f"{'language':<8} {'':<13} {'peak dBFS':>10} {'speech RMS dBFS':>16} {'≥97 % FS':>9}")
    for lang in ("zh_CN", "zh_TW", "en"):
        said = announcement.compose(args.number, args.counter, config, lang=lang, synth=synth)
        raw = pcm.read_wav(synth.render_many(list(said.sentences))[0])
        played = pcm.read_wav(said.path)
        speech = played[len(chime.load()):]            # the announcement without its chime
        for label, samples in (("engine WAV", raw), ("announcement", played), ("  its speech", speech)):
            peak, rms, near = measure(samples)
            print(f"{lang:<8} {label:<13} {peak:>10.2f} {rms:>16.1f} {near:>9}")
    print(f"targets: peak ≤ {announcement.PEAK_DB:.0f} dBFS; speech RMS {announcement.SPEECH_DB:.0f} dBFS "
          f"(the chime peaks at {pcm.dbfs(pcm.peak(chime.load())):.1f} dBFS)")
    both = announcement.compose(args.number, args.counter, Config({"voice.english": True}), synth=synth)
    print(f"one call, Mandarin then English, voice.repeat 2: {both.duration:.1f} s; "
          f"said once when calls pile up: {pcm.duration(pcm.read_wav(both.once)):.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Real speech through the real worker process: rendered once per session (conftest)."""
import array
import os
import sys
import time
import wave
from types import SimpleNamespace

import pytest

from queuedesk.config import Config
from queuedesk.voice import announcement, chime, pcm
from queuedesk.voice.render_worker import pick_voice
from queuedesk.voice.synth import SpeechError, Synthesizer, prune

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="eSpeak NG voices")


def samples_of(path):
    return pcm.read_wav(path)


def params(path):
    with wave.open(str(path), "rb") as wav:
        return wav.getnchannels(), wav.getsampwidth(), wav.getframerate()


# -- the chime --------------------------------------------------------------------------

def test_shipped_chime_is_the_generated_one():
    shipped, fresh = samples_of(chime.path()), chime.generate()
    assert len(shipped) == len(fresh)
    assert max(abs(a - b) for a, b in zip(shipped, fresh)) <= 1  # libm rounding at most


def test_chime_is_soft_edged_and_leaves_headroom():
    samples = samples_of(chime.path())
    assert params(chime.path()) == (1, 2, pcm.RATE)
    assert 1.0 <= pcm.duration(samples) <= 2.0
    assert abs(samples[0]) < 50 and abs(samples[-1]) < 50           # no click
    assert 0.4 * pcm.FULL_SCALE <= max(map(abs, samples)) <= 0.55 * pcm.FULL_SCALE


def test_chime_script_writes_a_file(tmp_path):
    target = chime.write(tmp_path / "c.wav")
    assert params(target) == (1, 2, pcm.RATE)


# -- speech and announcements -----------------------------------------------------------

@pytest.mark.parametrize("fixture", ["zh_announcement", "en_announcement"])
def test_announcement_is_chime_then_real_speech(fixture, request):
    result = request.getfixturevalue(fixture)
    samples = samples_of(result.path)
    ding = samples_of(chime.path())
    assert params(result.path) == (1, 2, pcm.RATE)
    assert samples[:len(ding)] == ding                                      # the chime first
    speech = samples[len(ding) + round(announcement.PAUSE_AFTER_CHIME * pcm.RATE):]
    seconds = pcm.duration(speech) - announcement.TAIL
    assert 1.0 <= seconds <= 10.0, seconds                                  # one sentence
    assert pcm.rms(speech) > 1000                                           # not silence
    assert abs(pcm.duration(samples) - result.duration) < 0.01


def test_zh_and_en_are_different_speech(zh_announcement, en_announcement):
    assert zh_announcement.read_bytes() != en_announcement.read_bytes()
    assert zh_announcement.sentences == (("zh_CN", "请 A 零 一 二 号 到 三 号窗口"),)


@linux_only
def test_worker_picks_mandarin_and_english_espeak_voices(synth, zh_announcement, en_announcement):
    fresh = Synthesizer(synth.cache_dir.parent / "voices-probe")
    fresh.render_many([("zh", "请 一 号"), ("en", "Ticket one"), ("zh_TW", "請 一 號")])
    assert "cmn" in fresh.last_voices["zh_CN"]
    assert "cmn" in fresh.last_voices["zh_TW"]   # eSpeak's Mandarin reads Traditional characters too
    assert fresh.last_voices["en"].rsplit("/", 1)[-1] == "en"


def test_repeat_says_the_block_again(synth, zh_announcement):
    twice = announcement.compose("A012", 3, Config({"voice.repeat": 2}), lang="zh", synth=synth)
    ding = pcm.duration(samples_of(chime.path())) + announcement.PAUSE_AFTER_CHIME
    once_speech = zh_announcement.duration - ding - announcement.TAIL
    assert twice.duration == pytest.approx(zh_announcement.duration + announcement.PAUSE_BETWEEN_REPEATS
                                           + once_speech, abs=0.01)


def test_english_follows_mandarin_when_enabled(synth, zh_announcement, en_announcement):
    both = announcement.compose("A012", 3, Config({"voice.repeat": 1, "voice.english": True}), synth=synth)
    assert [lang for lang, _ in both.sentences] == ["zh_CN", "en"]
    ding = pcm.duration(samples_of(chime.path())) + announcement.PAUSE_AFTER_CHIME + announcement.TAIL
    expected = (zh_announcement.duration - ding) + announcement.PAUSE_BETWEEN_LANGUAGES \
        + (en_announcement.duration - ding) + ding
    assert both.duration == pytest.approx(expected, abs=0.01)


def test_cached_render_is_fast_and_identical(synth, zh_announcement, one_repeat):
    started = time.perf_counter()
    again = announcement.compose("A012", 3, one_repeat, lang="zh", synth=Synthesizer(synth.cache_dir))
    assert time.perf_counter() - started < 0.1
    assert again.path == zh_announcement.path
    assert again.read_bytes() == zh_announcement.read_bytes()
    speech_started = time.perf_counter()
    Synthesizer(synth.cache_dir).render("zh", "请 A 零 一 二 号 到 三 号窗口")
    assert time.perf_counter() - speech_started < 0.05


def test_cache_miss_with_a_broken_worker_is_an_error_but_a_hit_is_not(synth, zh_announcement, one_repeat):
    broken = Synthesizer(synth.cache_dir, worker=[sys.executable, "-c", "raise SystemExit(3)"])
    assert broken.render("zh", "请 A 零 一 二 号 到 三 号窗口").is_file()    # never asks the worker
    with pytest.raises(SpeechError):
        broken.render("zh", "一句从未说过的话")


def test_chime_only_is_the_chime(voice_cache):
    alone = announcement.chime_only()
    assert samples_of(alone.path)[:len(samples_of(chime.path()))] == samples_of(chime.path())


# -- the worker's failures --------------------------------------------------------------

def test_a_hanging_worker_is_killed_with_a_clear_error(tmp_path):
    hang = Synthesizer(tmp_path, timeout=0.5, worker=[sys.executable, "-c", "import time; time.sleep(60)"])
    started = time.perf_counter()
    with pytest.raises(SpeechError, match="did not finish within 0.5 s"):
        hang.render("zh", "请 一 号")
    assert time.perf_counter() - started < 5
    assert list(tmp_path.iterdir()) == []                                   # no half files


@pytest.mark.skipif(sys.platform == "win32", reason="process groups")
def test_timeout_also_kills_what_the_worker_started(tmp_path):
    code = ("import subprocess, sys, time;"
            "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)']);"
            "time.sleep(60)")
    hang = Synthesizer(tmp_path, timeout=0.5, worker=[sys.executable, "-c", code])
    started = time.perf_counter()
    with pytest.raises(SpeechError):
        hang.render("zh", "请 一 号")
    assert time.perf_counter() - started < 5    # a surviving grandchild would hold the pipes


def test_worker_error_line_becomes_the_message(tmp_path):
    code = "import sys; print('no Mandarin voice installed', file=sys.stderr); sys.exit(1)"
    with pytest.raises(SpeechError, match="no Mandarin voice installed"):
        Synthesizer(tmp_path, worker=[sys.executable, "-c", code]).render("zh", "请 一 号")


def test_worker_that_writes_nothing_is_an_error(tmp_path):
    with pytest.raises(SpeechError, match="WAV"):
        Synthesizer(tmp_path, worker=[sys.executable, "-c", "pass"]).render("zh", "请 一 号")


def test_missing_worker_program_is_an_error(tmp_path):
    with pytest.raises(SpeechError, match="cannot start"):
        Synthesizer(tmp_path, worker=[str(tmp_path / "nope")]).render("zh", "请 一 号")


def test_prune_keeps_the_most_recently_used(tmp_path):
    for i, name in enumerate("abcd"):
        path = tmp_path / f"{name}.wav"
        path.write_bytes(b"x" * 100)
        os.utime(path, (1000 + i, 1000 + i))
    prune(tmp_path, 250)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.wav", "d.wav"]


# -- voice choice -----------------------------------------------------------------------

def voice(id, *languages):
    return SimpleNamespace(id=id, languages=list(languages))


def test_pick_voice_espeak():
    voices = [voice("gmw/en-029", "en-029"), voice("sit/cmn-latn-pinyin", "cmn-latn-pinyin"),
              voice("sit/yue", "yue", "zh-yue"), voice("sit/cmn", "cmn"), voice("gmw/en", "en-gb")]
    assert pick_voice(voices, "zh") == "sit/cmn"
    assert pick_voice(voices, "en") == "gmw/en"


def test_pick_voice_sapi5_and_nsss():
    base = r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Speech\Voices\Tokens"
    sapi = [voice(base + r"\TTS_MS_EN-US_ZIRA_11.0", "en_US"), voice(base + r"\TTS_MS_ZH-CN_HUIHUI_11.0", "zh_CN")]
    assert pick_voice(sapi, "zh").endswith("HUIHUI_11.0")
    assert pick_voice(sapi, "en").endswith("ZIRA_11.0")
    nsss = [voice("com.apple.voice.compact.zh-TW.Meijia", "zh_TW"),
            voice("com.apple.voice.compact.zh-CN.Tingting", "zh_CN")]
    assert pick_voice(nsss, "zh").endswith("Tingting")
    assert pick_voice(nsss, "en") is None
    # Traditional Chinese takes the Taiwan voice where there is one, else any Mandarin one.
    assert pick_voice(nsss, "zh_TW").endswith("Meijia")
    assert pick_voice(sapi, "zh_TW").endswith("HUIHUI_11.0")


# -- PCM helpers ------------------------------------------------------------------------

def test_read_wav_mixes_and_resamples(tmp_path):
    path = tmp_path / "stereo.wav"
    frames = array.array("h", [1000, 3000] * 44100)    # 1 s stereo at 44.1 kHz
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(2)
        wav.setsampwidth(2)
        wav.setframerate(44100)
        wav.writeframes(frames.tobytes())
    mono = pcm.read_wav(path)
    assert len(mono) == pcm.RATE and set(mono) == {2000}


def test_trim_keeps_a_short_margin():
    samples = pcm.silence(1.0) + array.array("h", [5000] * 100) + pcm.silence(1.0)
    trimmed = pcm.trim(samples)
    assert len(trimmed) == 100 + 2 * round(0.03 * pcm.RATE)
    assert len(pcm.trim(pcm.silence(1.0))) == 0


def test_announcements_peak_below_minus_one_dbfs_and_languages_are_equally_loud(zh_announcement, en_announcement):
    levels = {}
    for name, said in (("zh", zh_announcement), ("en", en_announcement)):
        samples = pcm.read_wav(said.path)
        assert pcm.dbfs(pcm.peak(samples)) <= announcement.PEAK_DB + 0.01, name      # no clipping near full scale
        levels[name] = pcm.dbfs(pcm.active_rms(samples[len(chime.load()):]))
    assert abs(levels["zh"] - levels["en"]) <= 1.0, levels
    assert all(abs(level - announcement.SPEECH_DB) <= 1.5 for level in levels.values()), levels


def test_a_backlog_form_says_the_sentence_once(synth):
    twice = announcement.compose("A012", 3, Config({"voice.repeat": 2}), lang="zh", synth=synth)
    assert twice.once is not None and twice.once != twice.path
    once = pcm.read_wav(twice.once)
    assert pcm.duration(once) < pcm.duration(pcm.read_wav(twice.path)) - 1.0

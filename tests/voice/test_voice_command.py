import argparse
import wave
from types import SimpleNamespace

import pytest

from queuedesk.config import Config
from queuedesk.voice import chime, command, pcm, player


@pytest.fixture
def parse():
    parser = argparse.ArgumentParser(prog="queuedesk")
    command.register(parser.add_subparsers(dest="command"))
    return parser.parse_args


def test_say_to_a_file_is_what_the_display_announces(parse, tmp_path, capsys, voice_cache):
    out = tmp_path / "call.wav"
    args = parse(["voice", "say", "A012", "3", "--lang", "zh", "--out", str(out)])
    assert args.func(args, SimpleNamespace(config=Config({"voice.repeat": 2}))) == 0
    samples = pcm.read_wav(out)
    assert samples[:len(pcm.read_wav(chime.path()))] == pcm.read_wav(chime.path())
    with wave.open(str(out)) as wav:
        seconds = wav.getnframes() / wav.getframerate()
    assert 5 < seconds < 20
    assert capsys.readouterr().out.strip() == f"{out}: {seconds:.1f} s"


def test_without_lang_english_follows_the_settings(parse, tmp_path, voice_cache):
    zh, both = tmp_path / "zh.wav", tmp_path / "both.wav"
    for out, english in ((zh, False), (both, True)):
        args = parse(["voice", "say", "A012", "3", "--out", str(out)])
        assert args.func(args, SimpleNamespace(config=Config({"voice.repeat": 1, "voice.english": english}))) == 0
    assert pcm.duration(pcm.read_wav(both)) > pcm.duration(pcm.read_wav(zh)) + 1


def test_playing_without_a_sound_card_is_one_line_and_exit_1(parse, qapp, capsys, voice_cache):
    reason = player.audio_unavailable_reason()
    if reason is None:
        pytest.skip("this machine has an audio output")
    args = parse(["voice", "say", "A012", "3"])
    assert args.func(args, SimpleNamespace(config=Config())) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"queuedesk voice say: no sound: {reason} (use --out FILE.wav to save the announcement)"]


def test_bad_ticket_number_is_one_line(parse, tmp_path, capsys, voice_cache):
    args = parse(["voice", "say", "#?", "3", "--out", str(tmp_path / "x.wav")])
    assert args.func(args, SimpleNamespace(config=Config())) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_unwritable_out_is_one_line(parse, tmp_path, capsys, voice_cache):
    args = parse(["voice", "say", "A012", "3", "--lang", "zh", "--out", str(tmp_path / "no" / "x.wav")])
    assert args.func(args, SimpleNamespace(config=Config({"voice.repeat": 1}))) == 1
    assert "cannot write" in capsys.readouterr().err


def test_lang_is_checked_by_argparse(parse):
    with pytest.raises(SystemExit):
        parse(["voice", "say", "A012", "3", "--lang", "fr"])

"""`queuedesk voice say NUMBER COUNTER`: hear (or save) exactly what the lobby would say.

For setting up a hall: check the voices, the volume, the hall's sentence and its
counters' names (read from the database when there is one, as the lobby would say them;
else the settings' sentence and "三号窗口").
"""
from __future__ import annotations

import argparse
import shutil
import sys

from queuedesk.commandline import COUNTER, cannot_write, output, shown, whole_file
from queuedesk.config import Config
from queuedesk.domain import limits
from queuedesk.domain.access import Role
from queuedesk.domain.errors import QueueError
from queuedesk.ui.arguments import add_language_argument
from queuedesk.voice import announcement
from queuedesk.voice.synth import SpeechError


def register(subparsers) -> argparse.ArgumentParser:
    voice = subparsers.add_parser("voice", help="voice announcements",
                                  description="Voice announcements of the lobby display.")
    commands = voice.add_subparsers(dest="voice_command", metavar="COMMAND", required=True)
    say = commands.add_parser(
        "say", help="play or save the announcement of one call",
        description="Render what the lobby display announces for a call (chime, sentence × "
                    "voice.repeat) and play it, or write it to --out.")
    say.add_argument("number", metavar="NUMBER", help="ticket number, e.g. A012")
    say.add_argument("counter", metavar="COUNTER", type=COUNTER, help="counter number, e.g. 3")
    add_language_argument(say, "only this language (default: the hall's language, then English if "
                               "voice.english)")
    say.add_argument("--out", metavar="FILE.wav", type=output("the announcement"), help="write the WAV here instead of playing it")
    say.set_defaults(func=run, schema=False, device=Role.DISPLAY)   # needs no database
    return voice


def run(args: argparse.Namespace, hall) -> int:
    config: Config = hall.config
    app = None
    if not args.out:
        app = _qt_app()
        from queuedesk.voice.player import audio_unavailable_reason
        reason = audio_unavailable_reason()
        if reason:
            return _fail(f"no sound: {reason} (use --out FILE.wav to save the announcement)")
    templates, names = _hall_voice(hall, args.counter)
    try:
        number = limits.code(args.number, "ticket number")    # refused before the speech engine sees it
        result = announcement.compose(number, args.counter, config, lang=args.lang, templates=templates,
                                      names=names)
    except (SpeechError, ValueError, QueueError) as exc:
        return _fail(str(exc))
    if args.out:
        try:
            with whole_file(args.out) as temp:
                shutil.copyfile(result.path, temp)
        except OSError as exc:
            return _fail(cannot_write(args.out, exc))
        print(f"{shown(args.out, whole=True)}: {result.duration:.1f} s")
        return 0
    return _play(app, result)


def _hall_voice(hall, counter: str):
    """The hall's voice sentence and the counter's own names, if the database has them."""
    from queuedesk.domain.languages import LocalText
    from queuedesk.operations import queries
    from queuedesk.operations.texts import hall_texts

    try:
        texts = hall_texts(hall)
        names = next((c.names for c in queries.counters_status(hall) if str(c.number) == str(counter)), {})
    except Exception:   # no database here, or not a queuedesk one: say it as the settings would
        return None, None
    return texts.voice, LocalText(names)


def _qt_app():
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance() or QCoreApplication([sys.argv[0] if sys.argv else "queuedesk"])


def _play(app, result: announcement.Announcement) -> int:
    from queuedesk.voice.player import QtSink

    sink = QtSink()
    errors: list[str] = []
    ended: list[bool] = []
    sink.failed.connect(errors.append)

    def done() -> None:
        ended.append(True)
        app.quit()

    sink.play(result.path, done)
    if not ended:  # quit() before exec() would be lost
        app.exec()
    if errors:
        return _fail(f"no sound: {errors[0]}")
    return 0


def _fail(message: str) -> int:
    print(f"queuedesk voice say: {message}", file=sys.stderr)
    return 1

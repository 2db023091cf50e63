"""Sentences to WAV files through the speech worker process, cached on disk.

pyttsx3 never runs in this process: a worker (render_worker.py) renders a batch and
exits, and is killed if it takes longer than `timeout`. A phrase already rendered
costs a file lookup, so the second "请 A 零 零 一 号 …" of the day is free.
The cache is a flat directory of WAVs named by a hash of what shapes the audio; the
least recently used files go when it outgrows `max_bytes`.
"""
from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import uuid
import wave
from pathlib import Path
from typing import Sequence

import platformdirs

import queuedesk
from queuedesk.domain.languages import language, resolve

APP = "queuedesk"
CACHE_ENV = "QUEUEDESK_CACHE_DIR"
# Bump when the rendering changes (worker, voice choice) so old files are not reused.
CACHE_VERSION = 1
# Words per minute. pyttsx3's 200 is hurried for a hall; 150 is calm but not slow.
DEFAULT_RATE = 150
# A cold worker takes ~0.2 s here; a loaded Windows PC starting SAPI5 takes seconds.
DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 100 * 2**20
_PRUNE_EVERY = 50


class SpeechError(RuntimeError):
    """Speech could not be rendered; the message is one line for a person to read."""


def cache_root() -> Path:
    """$QUEUEDESK_CACHE_DIR, else the user cache directory of queuedesk."""
    override = os.environ.get(CACHE_ENV)
    return Path(override) if override else Path(platformdirs.user_cache_dir(APP, appauthor=False))


def worker_command() -> list[str]:
    return [sys.executable, "-m", "queuedesk.voice.render_worker"]


def prune(directory: Path, max_bytes: int) -> None:
    """Delete least recently used WAVs until the directory holds at most max_bytes."""
    entries = []
    for path in directory.glob("*.wav"):
        try:
            st = path.stat()
        except OSError:
            continue
        entries.append((st.st_mtime, st.st_size, path))
    total = sum(size for _, size, _ in entries)
    for _, size, path in sorted(entries):
        if total <= max_bytes:
            break
        try:
            path.unlink()
            total -= size
        except OSError:
            pass


class Synthesizer:
    """Renders (lang, sentence) to WAV paths. Thread-safe: each render is its own process."""

    def __init__(self, cache_dir: str | os.PathLike | None = None, *, rate: int = DEFAULT_RATE,
                 timeout: float = DEFAULT_TIMEOUT, worker: Sequence[str] | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES):
        self.cache_dir = Path(cache_dir) if cache_dir is not None else cache_root() / "speech"
        self.rate = rate
        self.timeout = timeout
        self.worker = list(worker) if worker is not None else worker_command()
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._written = 0
        self.last_voices: dict[str, str] = {}

    def cached_path(self, lang: str, text: str) -> Path:
        lang = resolve(lang)    # UnknownLanguage (a ValueError) for anything else
        key = json.dumps([CACHE_VERSION, sys.platform, lang, language(lang).voice_tags, self.rate, text],
                         ensure_ascii=False)
        return self.cache_dir / (hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + ".wav")

    def render(self, lang: str, text: str) -> Path:
        return self.render_many([(lang, text)])[0]

    def render_many(self, phrases: Sequence[tuple[str, str]]) -> list[Path]:
        """Paths of the WAVs for phrases, rendering the missing ones in one worker run."""
        phrases = [(resolve(lang), text) for lang, text in phrases]
        paths = [self.cached_path(lang, text) for lang, text in phrases]
        missing: dict[Path, tuple[str, str]] = {}
        for path, (lang, text) in zip(paths, phrases):
            if not text.strip():
                raise ValueError("nothing to say in an empty sentence")
            if path.is_file():
                _touch(path)
            else:
                missing[path] = (lang, text)
        if missing:
            self._render_missing(missing)
        return paths

    def _render_missing(self, missing: dict[Path, tuple[str, str]]) -> None:
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SpeechError(f"cannot create the speech cache {self.cache_dir}: {exc.strerror}") from None
        # Each file is written under a temporary name and renamed when complete, so
        # another thread or a killed worker never leaves a half file under a real name.
        temps = {path: path.with_name(f".{path.stem}.{uuid.uuid4().hex[:8]}.tmp.wav") for path in missing}
        jobs = [{"lang": lang, "text": text, "out": str(temps[path])} for path, (lang, text) in missing.items()]
        try:
            answer = self._run_worker({"rate": self.rate, "jobs": jobs})
            for path, temp in temps.items():
                _check_wav(temp)
                os.replace(temp, path)
        finally:
            for temp in temps.values():
                temp.unlink(missing_ok=True)
        self.last_voices = answer.get("voices", {})
        with self._lock:
            self._written += len(missing)
            due = self._written % _PRUNE_EVERY < len(missing)
        if due:
            prune(self.cache_dir, self.max_bytes)

    def _run_worker(self, request: dict) -> dict:
        env = dict(os.environ)
        # The worker must import this very queuedesk, installed or from a checkout,
        # and read UTF-8 Chinese on stdin even on a GBK Windows console.
        package_root = str(Path(queuedesk.__file__).resolve().parents[1])
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
        env["PYTHONIOENCODING"] = "utf-8"
        extra: dict = {}
        if os.name == "posix":
            extra["start_new_session"] = True  # one process group to kill on timeout
        else:
            extra["creationflags"] = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        try:
            proc = subprocess.Popen(self.worker, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, env=env, **extra)
        except OSError as exc:
            raise SpeechError(f"cannot start the speech worker: {exc}") from None
        try:
            out, err = proc.communicate(json.dumps(request).encode("utf-8"), timeout=self.timeout)
        except subprocess.TimeoutExpired:
            _kill(proc)
            raise SpeechError(f"the speech engine did not finish within {self.timeout:g} s") from None
        if proc.returncode != 0:
            lines = [line for line in err.decode("utf-8", "replace").splitlines() if line.strip()]
            reason = lines[-1].strip() if lines else f"exit code {proc.returncode}"
            raise SpeechError(f"the speech engine failed: {reason}")
        try:
            return json.loads(out.decode("utf-8").strip().splitlines()[-1])
        except (ValueError, IndexError):
            return {}


def _kill(proc: subprocess.Popen) -> None:
    try:
        if os.name == "posix":
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.communicate(timeout=5)
    except (subprocess.TimeoutExpired, ValueError):
        pass


def _check_wav(path: Path) -> None:
    try:
        with wave.open(str(path), "rb") as wav:
            frames = wav.getnframes()
    except (OSError, EOFError, wave.Error) as exc:
        raise SpeechError(f"the speech engine wrote no usable WAV: {exc}") from None
    if frames == 0:
        raise SpeechError("the speech engine wrote an empty WAV")


def _touch(path: Path) -> None:
    # Marks the file as recently used for prune(); access times are often disabled.
    try:
        os.utime(path)
    except OSError:
        pass

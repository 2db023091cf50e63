"""Voice tests render real speech once per session, into a throw-away cache."""
import os

import pytest

from queuedesk.config import Config
from queuedesk.voice import announcement
from queuedesk.voice.synth import CACHE_ENV, Synthesizer


@pytest.fixture(scope="session", autouse=True)
def voice_cache(tmp_path_factory):
    """Every Synthesizer and announcement of these tests (and their workers) caches here."""
    root = tmp_path_factory.mktemp("voice-cache")
    previous = os.environ.get(CACHE_ENV)
    os.environ[CACHE_ENV] = str(root)
    yield root
    if previous is None:
        os.environ.pop(CACHE_ENV, None)
    else:
        os.environ[CACHE_ENV] = previous


@pytest.fixture(scope="session")
def synth(voice_cache):
    return Synthesizer()


@pytest.fixture(scope="session")
def one_repeat():
    return Config({"voice.repeat": 1})


@pytest.fixture(scope="session")
def zh_announcement(synth, one_repeat):
    return announcement.compose("A012", 3, one_repeat, lang="zh", synth=synth)


@pytest.fixture(scope="session")
def en_announcement(synth, one_repeat):
    return announcement.compose("A012", 3, one_repeat, lang="en", synth=synth)

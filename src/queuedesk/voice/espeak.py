"""eSpeak NG for pyttsx3 on Linux, from the espeakng-loader wheel instead of a system package.

pyttsx3's espeak driver dlopens "libespeak-ng.so.1" by name. Loading the wheel's copy
first with RTLD_GLOBAL makes that name resolve to it (the dynamic linker matches the
soname of an already-loaded library), and ESPEAK_DATA_PATH points the library at the
wheel's voices. Both must happen before `pyttsx3.init()`, so only the speech worker
process calls `prepare()`. Windows (SAPI5) and macOS (NSSS) need nothing.
"""
from __future__ import annotations

import ctypes
import os
import sys

_prepared = False


def prepare() -> bool:
    """Make the wheel's eSpeak NG the one pyttsx3 finds. True if it was loaded."""
    global _prepared
    if not sys.platform.startswith("linux"):
        return False
    if _prepared:
        return True
    try:
        import espeakng_loader
    except ImportError:
        return False  # a system libespeak-ng, if any, is pyttsx3's own fallback
    # The library reads its data directory at espeak_Initialize; it must match the
    # library's version, so the wheel's data wins over whatever the environment says.
    os.environ["ESPEAK_DATA_PATH"] = espeakng_loader.get_data_path()
    ctypes.CDLL(espeakng_loader.get_library_path(), mode=ctypes.RTLD_GLOBAL)
    _prepared = True
    return True

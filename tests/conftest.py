"""Suite-wide set-up: windows render offscreen unless a test starts a real X server."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

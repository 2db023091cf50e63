"""Voice announcements: chime, then "请 A 零 一 二 号 到 三 号窗口", for each call.

    phrases       the sentence for a call (pure)
    synth         sentence → WAV via the render_worker process (pyttsx3), cached on disk
    announcement  chime + sentences × voice.repeat → one WAV (stdlib only)
    queue         one at a time, in call order, no duplicates, no stale calls (pure)
    player        Qt Multimedia playback, or why there is no sound
    announcer     Announcer(QObject): what the lobby display uses
    command       `queuedesk voice say`

Kept free of imports so the speech worker process starts light.
"""

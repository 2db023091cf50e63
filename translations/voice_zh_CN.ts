<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Announcer</name>
    <message>
        <location filename="../src/queuedesk/voice/announcer.py" line="55"/>
        <source>no sound: no audio output device</source>
        <translation>无声音：未找到音频输出设备</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/voice/announcer.py" line="56"/>
        <location filename="../src/queuedesk/voice/announcer.py" line="125"/>
        <source>no sound: {reason}</source>
        <translation>无声音：{reason}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/voice/announcer.py" line="118"/>
        <source>no speech: {reason}</source>
        <translation>无语音：{reason}</translation>
    </message>
</context>
</TS>

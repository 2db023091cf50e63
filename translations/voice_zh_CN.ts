<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Announcer</name>
    <message>
        <location filename="../src/queuedesk/voice/announcer.py" line="92"/>
        <source>No sound: no audio output device</source>
        <translation>无声音：未找到音频输出设备</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/voice/announcer.py" line="93"/>
        <source>No sound: the audio system is not installed</source>
        <translation>无声音：未安装音频组件</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/voice/announcer.py" line="94"/>
        <source>Chime only: the speech engine is not working</source>
        <translation>仅提示音：语音引擎无法工作</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/voice/announcer.py" line="95"/>
        <source>No sound: playback failed</source>
        <translation>无声音：播放失败</translation>
    </message>
</context>
</TS>

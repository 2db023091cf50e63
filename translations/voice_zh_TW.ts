<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>Announcer</name>
    <message>
        <location filename="../src/queuedesk/voice/announcer.py" line="92"/>
        <source>No sound: no audio output device</source>
        <translation>無聲音：未找到音訊輸出裝置</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/voice/announcer.py" line="93"/>
        <source>No sound: the audio system is not installed</source>
        <translation>無聲音：未安裝音訊元件</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/voice/announcer.py" line="94"/>
        <source>Chime only: the speech engine is not working</source>
        <translation>僅提示音：語音引擎無法運作</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/voice/announcer.py" line="95"/>
        <source>No sound: playback failed</source>
        <translation>無聲音：播放失敗</translation>
    </message>
</context>
</TS>

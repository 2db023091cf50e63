<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>Announcer</name>
    <message>
        <location filename="../src/queuedesk/voice/announcer.py" line="55"/>
        <source>no sound: no audio output device</source>
        <translation>無聲音：未找到音訊輸出裝置</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/voice/announcer.py" line="56"/>
        <location filename="../src/queuedesk/voice/announcer.py" line="125"/>
        <source>no sound: {reason}</source>
        <translation>無聲音：{reason}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/voice/announcer.py" line="118"/>
        <source>no speech: {reason}</source>
        <translation>無語音：{reason}</translation>
    </message>
</context>
</TS>

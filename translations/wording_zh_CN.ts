<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Wording</name>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="15"/>
        <source>under 1 min</source>
        <translation>1 分钟内</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="18"/>
        <source>about {0} min</source>
        <translation>约 {0} 分钟</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="21"/>
        <source>about {0} h</source>
        <translation>约 {0} 小时</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="22"/>
        <source>about {0} h {1} min</source>
        <translation>约 {0} 小时 {1} 分</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="29"/>
        <source>you are next</source>
        <translation>0 人</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="30"/>
        <source>{0} ahead</source>
        <translation>{0} 人</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="37"/>
        <source>Counter {0}</source>
        <translation>{0}号窗口</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="44"/>
        <source>Priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="45"/>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="46"/>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="47"/>
        <source>Emergency</source>
        <translation>绿色通道</translation>
    </message>
</context>
</TS>

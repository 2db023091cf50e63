<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>DisplayTexts</name>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="22"/>
        <source>Now calling</source>
        <translation>正在呼叫</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="23"/>
        <source>Please go to %1</source>
        <translation>請到 %1</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="24"/>
        <source>Counter %1</source>
        <translation>%1號櫃檯</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="25"/>
        <source>At the counters</source>
        <translation>正在辦理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="26"/>
        <source>Recent calls</source>
        <translation>最近叫號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="27"/>
        <source>Waiting</source>
        <translation>等候人數</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="28"/>
        <source>Please wait for your number</source>
        <translation>請留意叫號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="29"/>
        <source>No other calls</source>
        <translation>暫無其他叫號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="30"/>
        <source>No calls yet today</source>
        <translation>今日暫無叫號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="31"/>
        <source>No business types open</source>
        <translation>暫無開放的服務項目</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="32"/>
        <source>Offline, reconnecting…</source>
        <translation>離線，正在重新連線…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="33"/>
        <source>Calling system offline: the calls shown may be out of date</source>
        <translation>叫號系統連線中斷：螢幕上的叫號可能不是最新</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="34"/>
        <source>Welcome</source>
        <translation>歡迎光臨</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="35"/>
        <source>Please take a ticket at the kiosk and watch for your number</source>
        <translation>請至抽號機抽取號碼牌，留意叫號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="36"/>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="37"/>
        <source>Recall</source>
        <translation>重新呼叫</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="38"/>
        <source>Lobby display</source>
        <translation>大廳叫號螢幕</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="39"/>
        <source>Staff no. %1</source>
        <translation>員工編號 %1</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="40"/>
        <source>Ready</source>
        <translation>等待叫號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="41"/>
        <source>Paused</source>
        <translation>暫停服務</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="42"/>
        <source>Closed</source>
        <translation>本櫃檯已關閉</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="43"/>
        <source>yyyy-MM-dd dddd</source>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
</context>
</TS>

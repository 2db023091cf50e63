<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <translation>请到 %1</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="24"/>
        <source>Counter %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="25"/>
        <source>At the counters</source>
        <translation>正在办理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="26"/>
        <source>Recent calls</source>
        <translation>最近叫号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="27"/>
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="28"/>
        <source>Please wait for your number</source>
        <translation>请留意叫号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="29"/>
        <source>No other calls</source>
        <translation>暂无其他叫号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="30"/>
        <source>No calls yet today</source>
        <translation>今日暂无叫号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="31"/>
        <source>No business types open</source>
        <translation>暂无开放业务</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="32"/>
        <source>Offline, reconnecting…</source>
        <translation>离线，正在重新连接…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="33"/>
        <source>Calling system offline: the calls shown may be out of date</source>
        <translation>叫号系统连接中断：屏幕上的叫号可能不是最新</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="34"/>
        <source>Welcome</source>
        <translation>欢迎光临</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="35"/>
        <source>Please take a ticket at the kiosk and watch for your number</source>
        <translation>请在取号机取号，留意叫号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="36"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="37"/>
        <source>Recall</source>
        <translation>重复呼叫</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="38"/>
        <source>Lobby display</source>
        <translation>大厅叫号屏</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="39"/>
        <source>Staff no. %1</source>
        <translation>工号 %1</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="40"/>
        <source>Ready</source>
        <translation>等待叫号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="41"/>
        <source>Paused</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="42"/>
        <source>Closed</source>
        <translation>本窗口已关闭</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/display/texts.py" line="43"/>
        <source>yyyy-MM-dd dddd</source>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
</context>
</TS>

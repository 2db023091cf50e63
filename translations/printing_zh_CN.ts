<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Ticket</name>
    <message>
        <location filename="../src/queuedesk/printing/render.py" line="177"/>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/printing/render.py" line="190"/>
        <source>Ahead of you</source>
        <translation>前面还有</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/printing/render.py" line="191"/>
        <source>Expected wait</source>
        <translation>预计等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/printing/render.py" line="195"/>
        <source>Issued</source>
        <translation>取号时间</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/printing/render.py" line="200"/>
        <source>Scan to follow the queue</source>
        <translation>扫码查看排队进度</translation>
    </message>
</context>
</TS>

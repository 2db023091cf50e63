<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>Ticket</name>
    <message>
        <location filename="../src/queuedesk/printing/render.py" line="177"/>
        <source>Your number</source>
        <translation>您的號碼</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/printing/render.py" line="190"/>
        <source>Ahead of you</source>
        <translation>前面還有</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/printing/render.py" line="191"/>
        <source>Expected wait</source>
        <translation>預計等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/printing/render.py" line="195"/>
        <source>Issued</source>
        <translation>取號時間</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/printing/render.py" line="200"/>
        <source>Scan to follow the queue</source>
        <translation>掃描 QR Code 查看排隊進度</translation>
    </message>
</context>
</TS>

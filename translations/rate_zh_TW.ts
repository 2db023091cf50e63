<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>RateTexts</name>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="51"/>
        <source>Staff no. {0}</source>
        <translation>員工編號 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="54"/>
        <source>At your service</source>
        <translation>為您服務</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="57"/>
        <source>Not serving at the moment</source>
        <translation>暫停服務</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="60"/>
        <source>Connection lost: ratings are kept and sent when it is back</source>
        <translation>網路中斷：評價已保存，恢復後自動上傳</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="68"/>
        <source>Touch a face to rate this visit</source>
        <translation>請輕觸表情進行評價</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="71"/>
        <source>Ticket {0}</source>
        <translation>{0} 號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="77"/>
        <source>Closes in {0} s</source>
        <translation>{0} 秒後自動關閉</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="105"/>
        <source>We will do better</source>
        <translation>我們會努力改進</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="108"/>
        <source>We look forward to serving you again</source>
        <translation>期待再次為您服務</translation>
    </message>
</context>
<context>
    <name>RateWindow</name>
    <message>
        <location filename="../src/queuedesk/rate/window.py" line="204"/>
        <source>Rate our service — {0}</source>
        <translation>服務評價 — {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/window.py" line="204"/>
        <source>Rate our service</source>
        <translation>服務評價</translation>
    </message>
</context>
</TS>

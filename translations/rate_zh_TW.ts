<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>RateTexts</name>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="44"/>
        <source>Staff no. {0}</source>
        <translation>員工編號 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="47"/>
        <source>At your service</source>
        <translation>為您服務</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="50"/>
        <source>Not serving at the moment</source>
        <translation>暫停服務</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="53"/>
        <source>Connection lost: ratings are kept and sent when it is back</source>
        <translation>網路中斷：評價已保存，恢復後自動上傳</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="58"/>
        <source>How was our service?</source>
        <translation>請您對本次服務作出評價</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="61"/>
        <source>Touch a face to rate this visit</source>
        <translation>請輕觸表情進行評價</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="64"/>
        <source>Ticket {0}</source>
        <translation>{0} 號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="71"/>
        <source>Closes in {0} s</source>
        <translation>{0} 秒後自動關閉</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="76"/>
        <source>Sorry. What went wrong?</source>
        <translation>很抱歉！請問哪方面讓您不滿意？</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="79"/>
        <source>Choose any that apply</source>
        <translation>可複選</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="86"/>
        <source>Submit</source>
        <translation>送出評價</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="89"/>
        <source>Back</source>
        <translation>返回重選</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="94"/>
        <source>Thank you for your rating</source>
        <translation>感謝您的評價！</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="97"/>
        <source>Your rating: {0}</source>
        <translation>您的評價：{0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="100"/>
        <source>We will do better</source>
        <translation>我們會努力改進</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="103"/>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>RateTexts</name>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="44"/>
        <source>Staff no. {0}</source>
        <translation>工号 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="47"/>
        <source>At your service</source>
        <translation>为您服务</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="50"/>
        <source>Not serving at the moment</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="53"/>
        <source>Connection lost: ratings are kept and sent when it is back</source>
        <translation>网络中断：评价已保存，恢复后自动上传</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="58"/>
        <source>How was our service?</source>
        <translation>请您对本次服务作出评价</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="61"/>
        <source>Touch a face to rate this visit</source>
        <translation>请轻触表情进行评价</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="64"/>
        <source>Ticket {0}</source>
        <translation>{0} 号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="71"/>
        <source>Closes in {0} s</source>
        <translation>{0} 秒后自动关闭</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="76"/>
        <source>Sorry. What went wrong?</source>
        <translation>很抱歉！请问哪方面让您不满意？</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="79"/>
        <source>Choose any that apply</source>
        <translation>可多选</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="86"/>
        <source>Submit</source>
        <translation>提交评价</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="89"/>
        <source>Back</source>
        <translation>返回重选</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="94"/>
        <source>Thank you for your rating</source>
        <translation>感谢您的评价！</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="97"/>
        <source>Your rating: {0}</source>
        <translation>您的评价：{0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="100"/>
        <source>We will do better</source>
        <translation>我们会努力改进</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/texts.py" line="103"/>
        <source>We look forward to serving you again</source>
        <translation>期待再次为您服务</translation>
    </message>
</context>
<context>
    <name>RateWindow</name>
    <message>
        <location filename="../src/queuedesk/rate/window.py" line="204"/>
        <source>Rate our service — {0}</source>
        <translation>服务评价 — {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/rate/window.py" line="204"/>
        <source>Rate our service</source>
        <translation>服务评价</translation>
    </message>
</context>
</TS>

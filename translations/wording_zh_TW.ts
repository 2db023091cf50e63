<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>Rating</name>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="19"/>
        <source>Very satisfied</source>
        <translation>非常滿意</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="20"/>
        <source>Satisfied</source>
        <translation>滿意</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="21"/>
        <source>Basically satisfied</source>
        <translation>基本滿意</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="22"/>
        <source>Dissatisfied</source>
        <translation>不滿意</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="23"/>
        <source>Very dissatisfied</source>
        <translation>非常不滿意</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="31"/>
        <source>Long wait</source>
        <translation>等候時間長</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="32"/>
        <source>Staff attitude</source>
        <translation>服務態度</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="33"/>
        <source>Staff not proficient</source>
        <translation>業務不熟練</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="34"/>
        <source>Complicated procedure</source>
        <translation>流程繁瑣</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="35"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="40"/>
        <source>Not rated</source>
        <translation>未評價</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="27"/>
        <source>No wait</source>
        <translation>無需等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="29"/>
        <source>No counter open now</source>
        <translation>暫無櫃檯辦理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="34"/>
        <source>within {0} h</source>
        <translation>{0} 小時內</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="35"/>
        <source>about {0}–{1} h</source>
        <translation>約 {0}–{1} 小時</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="37"/>
        <source>within {0} min</source>
        <translation>{0} 分鐘內</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="38"/>
        <source>about {0}–{1} min</source>
        <translation>約 {0}–{1} 分鐘</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="45"/>
        <source>you are next</source>
        <translation>0 人</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="46"/>
        <source>{0} ahead</source>
        <translation>{0} 人</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="53"/>
        <source>Counter {0}</source>
        <translation>{0}號櫃檯</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="60"/>
        <source>Priority</source>
        <translation>優先</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="61"/>
        <source>VIP</source>
        <translation>貴賓</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="62"/>
        <source>Appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="63"/>
        <source>Emergency</source>
        <translation>綠色通道</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>Rating</name>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="20"/>
        <source>Very satisfied</source>
        <translation>非常滿意</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="21"/>
        <source>Satisfied</source>
        <translation>滿意</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="22"/>
        <source>Fairly satisfied</source>
        <translation>基本滿意</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="23"/>
        <source>Dissatisfied</source>
        <translation>不滿意</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="24"/>
        <source>Very dissatisfied</source>
        <translation>非常不滿意</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="32"/>
        <source>Long wait</source>
        <translation>等候時間長</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="33"/>
        <source>Staff attitude</source>
        <translation>服務態度</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="34"/>
        <source>Staff not proficient</source>
        <translation>業務不熟練</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="35"/>
        <source>Complicated procedure</source>
        <translation>流程繁瑣</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="36"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="41"/>
        <source>Not rated</source>
        <translation>未評價</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="48"/>
        <source>How was our service?</source>
        <translation>請您對本次服務作出評價</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="53"/>
        <source>Sorry. What went wrong?</source>
        <translation>很抱歉！請問哪方面讓您不滿意？</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="57"/>
        <source>Choose any that apply</source>
        <translation>可複選</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="61"/>
        <source>Submit</source>
        <translation>送出評價</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="66"/>
        <source>Back</source>
        <translation>返回重選</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="70"/>
        <source>Thank you for your rating</source>
        <translation>感謝您的評價！</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="74"/>
        <source>Your rating: {0}</source>
        <translation>您的評價：{0}</translation>
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
        <location filename="../src/queuedesk/wording/phrases.py" line="35"/>
        <source>within {0} h</source>
        <translation>{0} 小時內</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="36"/>
        <source>about {0}–{1} h</source>
        <translation>約 {0}–{1} 小時</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="38"/>
        <source>within {0} min</source>
        <translation>{0} 分鐘內</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="39"/>
        <source>about {0}–{1} min</source>
        <translation>約 {0}–{1} 分鐘</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="46"/>
        <source>you are next</source>
        <translation>0 人</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="47"/>
        <source>{0} ahead</source>
        <translation>{0} 人</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="54"/>
        <source>Counter {0}</source>
        <translation>{0}號櫃檯</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="64"/>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="65"/>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="66"/>
        <source>System down</source>
        <translation>系統故障</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="67"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="71"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="79"/>
        <source>Priority</source>
        <translation>優先</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="80"/>
        <source>VIP</source>
        <translation>貴賓</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="81"/>
        <source>Appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="82"/>
        <source>Emergency</source>
        <translation>綠色通道</translation>
    </message>
</context>
</TS>

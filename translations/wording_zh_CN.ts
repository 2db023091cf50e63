<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Rating</name>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="20"/>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="21"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="22"/>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="23"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="24"/>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="32"/>
        <source>Long wait</source>
        <translation>等候时间长</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="33"/>
        <source>Staff attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="34"/>
        <source>Staff not proficient</source>
        <translation>业务不熟练</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="35"/>
        <source>Complicated procedure</source>
        <translation>流程繁琐</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="36"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="41"/>
        <source>Not rated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="48"/>
        <source>How was our service?</source>
        <translation>请您对本次服务作出评价</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="53"/>
        <source>Sorry. What went wrong?</source>
        <translation>很抱歉！请问哪方面让您不满意？</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="57"/>
        <source>Choose any that apply</source>
        <translation>可多选</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="61"/>
        <source>Submit</source>
        <translation>提交评价</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="66"/>
        <source>Back</source>
        <translation>返回重选</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="70"/>
        <source>Thank you for your rating</source>
        <translation>感谢您的评价！</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/ratings.py" line="74"/>
        <source>Your rating: {0}</source>
        <translation>您的评价：{0}</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="27"/>
        <source>No wait</source>
        <translation>无需等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="29"/>
        <source>No counter open now</source>
        <translation>暂无窗口办理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="35"/>
        <source>within {0} h</source>
        <translation>{0} 小时内</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="36"/>
        <source>about {0}–{1} h</source>
        <translation>约 {0}–{1} 小时</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="38"/>
        <source>within {0} min</source>
        <translation>{0} 分钟内</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="39"/>
        <source>about {0}–{1} min</source>
        <translation>约 {0}–{1} 分钟</translation>
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
        <translation>{0}号窗口</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="64"/>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="65"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="66"/>
        <source>System down</source>
        <translation>系统故障</translation>
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
        <translation>优先</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="80"/>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="81"/>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/wording/phrases.py" line="82"/>
        <source>Emergency</source>
        <translation>绿色通道</translation>
    </message>
</context>
</TS>

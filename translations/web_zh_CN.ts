<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>TicketPage</name>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="37"/>
        <source>Ticket {0}</source>
        <translation>{0} 号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="41"/>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="45"/>
        <source>People ahead of you</source>
        <translation>您前面还有</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="49"/>
        <source>You are next</source>
        <translation>下一位就是您</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="53"/>
        <source>Estimated wait</source>
        <translation>预计等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="57"/>
        <source>Served at</source>
        <translation>办理窗口</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="61"/>
        <source>No counter is open for this service yet</source>
        <translation>此业务暂无窗口开放</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="65"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="69"/>
        <source>Please go to {0}</source>
        <translation>请到 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="73"/>
        <source>Called again ({0}): please go now</source>
        <translation>第 {0} 次呼叫，请尽快前往</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="77"/>
        <source>Being served at {0}</source>
        <translation>正在 {0} 办理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="81"/>
        <source>Please stay near {0}: you will be called back</source>
        <translation>请在 {0} 附近稍候，窗口会再次呼叫您</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="85"/>
        <source>Transferred to this service: you keep your place at the head of the queue</source>
        <translation>您已转到此业务，并保留在队伍最前</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="90"/>
        <source>Transferred to {0}: you keep your place at the head of the queue</source>
        <translation>您已转到 {0}，并保留在队伍最前</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="94"/>
        <source>Served. Thank you for your visit.</source>
        <translation>办理完毕，感谢您的光临。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="98"/>
        <source>Your number was called but you did not come, so it was passed. Please take a new ticket or ask the staff.</source>
        <translation>叫号时您未到场，此号码已过号。请重新取号或咨询工作人员。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="103"/>
        <source>This ticket was cancelled.</source>
        <translation>此号码已取消。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="107"/>
        <source>The business day is over: this ticket is no longer valid.</source>
        <translation>今日营业已结束，此号码已失效。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="112"/>
        <source>Live: this page updates by itself</source>
        <translation>实时更新中，无需刷新</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="116"/>
        <source>Connection lost, reconnecting…</source>
        <translation>连接中断，正在重新连接…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="120"/>
        <source>Alert me with sound and vibration</source>
        <translation>开启声音和振动提醒</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="124"/>
        <source>Sound and vibration on: keep this page open</source>
        <translation>已开启提醒，请保持此页面打开</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="128"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="133"/>
        <source>Text me when my turn is near</source>
        <translation>快到我时短信通知我</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="137"/>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="141"/>
        <source>When this many people are ahead</source>
        <translation>前面还剩几人时通知</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="145"/>
        <source>Notify me</source>
        <translation>通知我</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="149"/>
        <source>Your number is used only for today&apos;s notices and deleted when the hall closes.</source>
        <translation>号码仅用于今日通知，营业结束后即删除。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="154"/>
        <source>We will text {0} when {1} people are ahead of you and when you are called.</source>
        <translation>将在您前面还剩 {1} 人时和叫号时发短信至 {0}。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="159"/>
        <source>Stop notices</source>
        <translation>取消通知</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="163"/>
        <source>Notices stopped.</source>
        <translation>已取消通知。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="167"/>
        <source>That is not a mobile number.</source>
        <translation>请输入正确的手机号码。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="171"/>
        <source>Choose from {0} to {1} people.</source>
        <translation>请选择 {0} 至 {1} 人。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="175"/>
        <source>The notice for this ticket cannot be changed again.</source>
        <translation>此号码的通知不能再更改。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="180"/>
        <source>Ticket not found</source>
        <translation>找不到此号码</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="184"/>
        <source>This link is not valid, or its ticket is from an earlier day: a ticket&apos;s page works on the day the ticket was taken.</source>
        <translation>此链接无效，或号码不是今天的：号码页面仅在取号当天有效。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="189"/>
        <source>Please take a new ticket at the kiosk, or ask the staff.</source>
        <translation>请在取号机重新取号，或咨询工作人员。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="193"/>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>请求过于频繁，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="197"/>
        <source>Something went wrong. Please try again in a moment.</source>
        <translation>出了点问题，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="202"/>
        <source>{0}: ticket {1}, {2} people are ahead of you. Please come back now.</source>
        <translation>【{0}】{1} 号，您前面还有 {2} 人，请尽快返回。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="206"/>
        <source>{0}: ticket {1}, you are next. Please come back now.</source>
        <translation>【{0}】{1} 号，下一位就是您，请尽快返回。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="210"/>
        <source>{0}: ticket {1}, please go to {2} now.</source>
        <translation>【{0}】请 {1} 号到 {2} 办理。</translation>
    </message>
</context>
</TS>

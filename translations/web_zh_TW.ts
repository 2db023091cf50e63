<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>TicketPage</name>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="37"/>
        <source>Ticket {0}</source>
        <translation>{0} 號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="41"/>
        <source>Your number</source>
        <translation>您的號碼</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="45"/>
        <source>People ahead of you</source>
        <translation>您前面還有</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="49"/>
        <source>You are next</source>
        <translation>下一位就是您</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="53"/>
        <source>Estimated wait</source>
        <translation>預計等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="57"/>
        <source>Served at</source>
        <translation>辦理櫃檯</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="61"/>
        <source>No counter is open for this service yet</source>
        <translation>此服務項目暫無櫃檯開放</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="65"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="69"/>
        <source>Please go to {0}</source>
        <translation>請到 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="73"/>
        <source>Called again ({0}): please go now</source>
        <translation>第 {0} 次呼叫，請儘快前往</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="77"/>
        <source>Being served at {0}</source>
        <translation>正在 {0} 辦理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="81"/>
        <source>Please stay near {0}: you will be called back</source>
        <translation>請在 {0} 附近稍候，櫃檯會再次呼叫您</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="85"/>
        <source>Transferred to this service: you keep your place at the head of the queue</source>
        <translation>您已轉到此服務項目，並保留在隊伍最前</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="90"/>
        <source>Transferred to {0}: you keep your place at the head of the queue</source>
        <translation>您已轉到 {0}，並保留在隊伍最前</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="94"/>
        <source>Served. Thank you for your visit.</source>
        <translation>辦理完畢，感謝您的光臨。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="98"/>
        <source>Your number was called but you did not come, so it was passed. Please take a new ticket or ask the staff.</source>
        <translation>叫號時您未到場，此號碼已過號。請重新抽取號碼牌或洽詢服務人員。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="103"/>
        <source>This ticket was cancelled.</source>
        <translation>此號碼牌已取消。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="107"/>
        <source>The business day is over: this ticket is no longer valid.</source>
        <translation>今日營業已結束，此號碼牌已失效。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="112"/>
        <source>Live: this page updates by itself</source>
        <translation>即時更新中，無需重新整理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="116"/>
        <source>Connection lost, reconnecting…</source>
        <translation>連線中斷，正在重新連線…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="120"/>
        <source>Alert me with sound and vibration</source>
        <translation>開啟聲音和震動提醒</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="124"/>
        <source>Sound and vibration on: keep this page open</source>
        <translation>已開啟提醒，請保持此頁面開啟</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="128"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="133"/>
        <source>Text me when my turn is near</source>
        <translation>快輪到我時簡訊通知我</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="137"/>
        <source>Mobile number</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="141"/>
        <source>When this many people are ahead</source>
        <translation>前面還剩幾人時通知</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="145"/>
        <source>Notify me</source>
        <translation>通知我</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="149"/>
        <source>Your number is used only for today&apos;s notices and deleted when the hall closes.</source>
        <translation>號碼僅用於今日通知，營業結束後即刪除。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="154"/>
        <source>We will text {0} when {1} people are ahead of you and when you are called.</source>
        <translation>將在您前面還剩 {1} 人時和叫號時傳簡訊至 {0}。</translation>
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
        <translation>請輸入正確的手機號碼。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="171"/>
        <source>Choose from {0} to {1} people.</source>
        <translation>請選擇 {0} 至 {1} 人。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="175"/>
        <source>The notice for this ticket cannot be changed again.</source>
        <translation>此號碼牌的通知不能再更改。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="180"/>
        <source>Ticket not found</source>
        <translation>找不到此號碼牌</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="184"/>
        <source>This link is not valid, or its ticket is from an earlier day: a ticket&apos;s page works on the day the ticket was taken.</source>
        <translation>此連結無效，或號碼牌不是今天的：號碼牌頁面僅在抽號當天有效。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="189"/>
        <source>Please take a new ticket at the kiosk, or ask the staff.</source>
        <translation>請在抽號機重新抽取號碼牌，或洽詢服務人員。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="193"/>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>請求過於頻繁，請稍後再試。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="197"/>
        <source>Something went wrong. Please try again in a moment.</source>
        <translation>發生問題，請稍後再試。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="202"/>
        <source>{0}: ticket {1}, {2} people are ahead of you. Please come back now.</source>
        <translation>【{0}】{1} 號，您前面還有 {2} 人，請儘快返回。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="206"/>
        <source>{0}: ticket {1}, you are next. Please come back now.</source>
        <translation>【{0}】{1} 號，下一位就是您，請儘快返回。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/web/strings.py" line="210"/>
        <source>{0}: ticket {1}, please go to {2} now.</source>
        <translation>【{0}】請 {1} 號到 {2} 辦理。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>CheckInBar</name>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="98"/>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="99"/>
        <source>Check in</source>
        <translation>預約報到</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="235"/>
        <source>Check in with your booking</source>
        <translation>預約報到</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="236"/>
        <source>Enter the 6-digit check-in code of your booking</source>
        <translation>請輸入預約時取得的6位報到碼</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="237"/>
        <source>Check in</source>
        <translation>報到</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="238"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="239"/>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="241"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="240"/>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="242"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="255"/>
        <source>Checking in…</source>
        <translation>正在報到…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="272"/>
        <source>No booking today with this code</source>
        <translation>今天沒有這個報到碼的預約</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="273"/>
        <source>Please check the code, or ask our staff</source>
        <translation>請核對報到碼，或洽詢服務人員</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="275"/>
        <source>This code has been used: your number is {0}</source>
        <translation>此報到碼已使用，您的號碼是 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="276"/>
        <source>Please wait for your number to be called</source>
        <translation>請留意叫號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="278"/>
        <source>This booking was cancelled</source>
        <translation>此預約已取消</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="278"/>
        <source>Please take a ticket, or ask our staff</source>
        <translation>請抽號碼牌，或洽詢服務人員</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="280"/>
        <source>The time of your booking has passed</source>
        <translation>您的預約時間已過</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="280"/>
        <source>Please take a ticket</source>
        <translation>請抽號碼牌</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="282"/>
        <source>This service is closed now</source>
        <translation>此服務項目現在不受理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="282"/>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="285"/>
        <source>Please ask our staff</source>
        <translation>請洽詢服務人員</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="284"/>
        <source>Please enter all 6 digits</source>
        <translation>請輸入完整的6位數字</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="285"/>
        <source>Check-in is not possible now</source>
        <translation>暫時無法報到</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="291"/>
        <source>You are early for your {0} booking: you wait as a normal ticket.</source>
        <translation>您預約的是 {0}，來早了：現依一般號碼排隊。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="293"/>
        <source>You are late for your {0} booking: you wait as a normal ticket.</source>
        <translation>您預約的是 {0}，已遲到：現依一般號碼排隊。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="294"/>
        <source>Checked in for your {0} booking: you have appointment priority.</source>
        <translation>已報到（預約 {0}）：預約優先。</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="160"/>
        <source>Back to the start in {0} s</source>
        <translation>{0} 秒後返回首頁</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="163"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="164"/>
        <source>Your number</source>
        <translation>您的號碼</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="172"/>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="177"/>
        <source>{0} ahead of you · {1}</source>
        <translation>前面還有 {0} 人 · {1}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="174"/>
        <source>Please ask our staff when it will be served.</source>
        <translation>何時辦理請洽詢大廳服務人員。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="178"/>
        <source>Nobody is ahead of you</source>
        <translation>前面沒有人等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="181"/>
        <source>Printing your ticket…</source>
        <translation>正在列印號碼牌…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="182"/>
        <source>Please take your printed ticket</source>
        <translation>請取走列印好的號碼牌</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="183"/>
        <source>Keep it until your number is called.</source>
        <translation>請保管好號碼牌，等候叫號。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="184"/>
        <source>Your ticket could not be printed</source>
        <translation>號碼牌未能列印</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="185"/>
        <source>Your number is valid. Please take a photo of this screen, with its QR code, or ask our staff for help.</source>
        <translation>您的號碼有效。請用手機拍下本頁（含 QR Code），或請服務人員協助。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="187"/>
        <source>Please note your number</source>
        <translation>請記下您的號碼</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="188"/>
        <source>Take a photo of this screen: its QR code shows your place in the queue.</source>
        <translation>可用手機拍下本頁，掃描 QR Code 查看排隊進度。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="190"/>
        <source>Your ticket is ready</source>
        <translation>取號成功</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="190"/>
        <source>Your ticket is issued</source>
        <translation>取號成功</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="197"/>
        <source>When your number is called, please go to the counter shown.</source>
        <translation>叫到您的號碼時，請到顯示的櫃檯辦理。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="137"/>
        <source>Temporarily unavailable, please wait</source>
        <translation>暫停取號，請稍候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="138"/>
        <source>Tickets cannot be taken right now. The kiosk will be back by itself in a moment; our staff can help you meanwhile.</source>
        <translation>目前暫時無法取號，稍後將自動恢復。如需協助，請洽服務人員。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="145"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="151"/>
        <source>Please choose a service</source>
        <translation>請選擇服務項目</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="152"/>
        <source>Touch a button to take your ticket</source>
        <translation>輕觸下方按鈕取號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="153"/>
        <source>Need help? Please ask our staff.</source>
        <translation>如需協助，請洽服務人員。</translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <location filename="../src/queuedesk/kiosk/header.py" line="144"/>
        <source>A+ Large text</source>
        <translation>A+ 大字</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/header.py" line="145"/>
        <source>Large text and high contrast</source>
        <translation>大字高對比模式</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/header.py" line="161"/>
        <source>dddd, d MMMM yyyy</source>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
</context>
<context>
    <name>KioskTexts</name>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="39"/>
        <source>{0} waiting</source>
        <translation>等候 {0} 人</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="43"/>
        <source>No counter open now</source>
        <translation>暫無櫃檯辦理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="49"/>
        <source>Served at: {0}</source>
        <translation>辦理櫃檯：{0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="49"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="53"/>
        <source>Other services</source>
        <translation>其他業務</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="56"/>
        <source>Page {0} of {1}</source>
        <translation>第 {0} / {1} 頁</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="61"/>
        <source>No wait</source>
        <translation>無需等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="67"/>
        <source>Not available today</source>
        <translation>暫停辦理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="67"/>
        <location filename="../src/queuedesk/kiosk/texts.py" line="72"/>
        <source>Please ask our staff</source>
        <translation>請洽服務人員</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="69"/>
        <source>Closed now</source>
        <translation>非辦理時間</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="69"/>
        <source>Hours {0}</source>
        <translation>辦理時間 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="71"/>
        <source>Fully booked today</source>
        <translation>今日已滿</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="71"/>
        <source>Please come another day</source>
        <translation>請改日辦理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="72"/>
        <source>Not available now</source>
        <translation>暫不能取號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="75"/>
        <source>Taking your ticket…</source>
        <translation>正在取號…</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../src/queuedesk/kiosk/window.py" line="269"/>
        <location filename="../src/queuedesk/kiosk/window.py" line="277"/>
        <source>Take a ticket</source>
        <translation>自助取號</translation>
    </message>
</context>
<context>
    <name>PageBar</name>
    <message>
        <location filename="../src/queuedesk/kiosk/pager.py" line="125"/>
        <source>Previous</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/pager.py" line="126"/>
        <source>More</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/pager.py" line="127"/>
        <source>Previous page</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/pager.py" line="128"/>
        <source>Next page</source>
        <translation>下一頁</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="151"/>
        <source>Back to the start in {0} s</source>
        <translation>{0} 秒後返回首頁</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="154"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="155"/>
        <source>Your number</source>
        <translation>您的號碼</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="163"/>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="169"/>
        <source>{0} ahead of you · {1}</source>
        <translation>前面還有 {0} 人 · {1}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="165"/>
        <source>Please ask our staff when it will be served.</source>
        <translation>何時辦理請洽詢大廳服務人員。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="171"/>
        <source>Nobody is ahead of you · {0}</source>
        <translation>前面沒有人等候 · {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="173"/>
        <source>Nobody is ahead of you</source>
        <translation>前面沒有人等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="176"/>
        <source>Printing your ticket…</source>
        <translation>正在列印號碼牌…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="177"/>
        <source>Please take your printed ticket</source>
        <translation>請取走列印好的號碼牌</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="178"/>
        <source>Keep it until your number is called.</source>
        <translation>請保管好號碼牌，等候叫號。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="179"/>
        <source>Your ticket could not be printed</source>
        <translation>號碼牌未能列印</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="180"/>
        <source>Your number is valid. Please take a photo of this screen, with its QR code, or ask our staff for help.</source>
        <translation>您的號碼有效。請用手機拍下本頁（含 QR Code），或請服務人員協助。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="182"/>
        <source>Please note your number</source>
        <translation>請記下您的號碼</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="183"/>
        <source>Take a photo of this screen: its QR code shows your place in the queue.</source>
        <translation>可用手機拍下本頁，掃描 QR Code 查看排隊進度。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="185"/>
        <source>Your ticket is ready</source>
        <translation>取號成功</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="185"/>
        <source>Your ticket is issued</source>
        <translation>取號成功</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="192"/>
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
        <location filename="../src/queuedesk/kiosk/texts.py" line="65"/>
        <source>Not available today</source>
        <translation>暫停辦理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="65"/>
        <location filename="../src/queuedesk/kiosk/texts.py" line="70"/>
        <source>Please ask our staff</source>
        <translation>請洽服務人員</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="67"/>
        <source>Closed now</source>
        <translation>非辦理時間</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="67"/>
        <source>Hours {0}</source>
        <translation>辦理時間 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="69"/>
        <source>Fully booked today</source>
        <translation>今日已滿</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="69"/>
        <source>Please come another day</source>
        <translation>請改日辦理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="70"/>
        <source>Not available now</source>
        <translation>暫不能取號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="73"/>
        <source>Taking your ticket…</source>
        <translation>正在取號…</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../src/queuedesk/kiosk/window.py" line="229"/>
        <location filename="../src/queuedesk/kiosk/window.py" line="236"/>
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

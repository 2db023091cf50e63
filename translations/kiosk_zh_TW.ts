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
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="161"/>
        <source>Back to the start in {0} s</source>
        <translation>{0} 秒後返回首頁</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="164"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="165"/>
        <source>Your number</source>
        <translation>您的號碼</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="173"/>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="179"/>
        <source>{0} ahead of you · {1}</source>
        <translation>前面還有 {0} 人 · {1}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="175"/>
        <source>Please ask our staff when it will be served.</source>
        <translation>何時辦理請洽詢大廳服務人員。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="181"/>
        <source>Nobody is ahead of you · {0}</source>
        <translation>前面沒有人等候 · {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="183"/>
        <source>Nobody is ahead of you</source>
        <translation>前面沒有人等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="186"/>
        <source>Printing your ticket…</source>
        <translation>正在列印號碼牌…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="187"/>
        <source>Please take your printed ticket</source>
        <translation>請取走列印好的號碼牌</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="188"/>
        <source>Keep it until your number is called.</source>
        <translation>請保管好號碼牌，等候叫號。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="189"/>
        <source>Your ticket could not be printed</source>
        <translation>號碼牌未能列印</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="190"/>
        <source>Your number is valid. Please take a photo of this screen, with its QR code, or ask our staff for help.</source>
        <translation>您的號碼有效。請用手機拍下本頁（含 QR Code），或請服務人員協助。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="192"/>
        <source>Please note your number</source>
        <translation>請記下您的號碼</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="193"/>
        <source>Take a photo of this screen: its QR code shows your place in the queue.</source>
        <translation>可用手機拍下本頁，掃描 QR Code 查看排隊進度。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="195"/>
        <source>Your ticket is ready</source>
        <translation>取號成功</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="195"/>
        <source>Your ticket is issued</source>
        <translation>取號成功</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="202"/>
        <source>When your number is called, please go to the counter shown.</source>
        <translation>叫到您的號碼時，請到顯示的櫃檯辦理。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="139"/>
        <source>Temporarily unavailable, please wait</source>
        <translation>暫停取號，請稍候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="140"/>
        <source>Tickets cannot be taken right now. The kiosk will be back by itself in a moment; our staff can help you meanwhile.</source>
        <translation>目前暫時無法取號，稍後將自動恢復。如需協助，請洽服務人員。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="147"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="153"/>
        <source>Please choose a service</source>
        <translation>請選擇服務項目</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="154"/>
        <source>Touch a button to take your ticket</source>
        <translation>輕觸下方按鈕取號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="155"/>
        <source>Need help? Please ask our staff.</source>
        <translation>如需協助，請洽服務人員。</translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <location filename="../src/queuedesk/kiosk/header.py" line="169"/>
        <source>A+ Large text</source>
        <translation>A+ 大字</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/header.py" line="170"/>
        <source>Large text and high contrast</source>
        <translation>大字高對比模式</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/header.py" line="187"/>
        <source>dddd, d MMMM yyyy</source>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
</context>
<context>
    <name>KioskStaffSlip</name>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_slips.py" line="26"/>
        <source>Printer test</source>
        <translation>列印測試</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_slips.py" line="27"/>
        <source>Test print, not a queue ticket</source>
        <translation>測試列印，不是排隊號碼牌</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_slips.py" line="28"/>
        <source>Reprint {0}</source>
        <translation>補印 {0}</translation>
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
        <location filename="../src/queuedesk/kiosk/window.py" line="348"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/window.py" line="466"/>
        <source>No ticket has been issued at this kiosk since it started.</source>
        <translation>本機啟動以來尚未發出號碼牌。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/window.py" line="483"/>
        <source>This kiosk has no printer (printer.target is empty).</source>
        <translation>本機未設定印表機（printer.target 為空）。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/window.py" line="488"/>
        <source>Printing…</source>
        <translation>正在列印…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/window.py" line="494"/>
        <source>Not printed: {0}</source>
        <translation>未能列印：{0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/window.py" line="496"/>
        <source>Test slip printed.</source>
        <translation>測試單已列印。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/window.py" line="498"/>
        <source>Ticket {0} printed again.</source>
        <translation>{0} 號碼牌已補印。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/window.py" line="516"/>
        <location filename="../src/queuedesk/kiosk/window.py" line="524"/>
        <source>Take a ticket</source>
        <translation>自助取號</translation>
    </message>
</context>
<context>
    <name>PageBar</name>
    <message>
        <location filename="../src/queuedesk/kiosk/pager.py" line="126"/>
        <source>Previous</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/pager.py" line="127"/>
        <source>More</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/pager.py" line="128"/>
        <source>Previous page</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/pager.py" line="129"/>
        <source>Next page</source>
        <translation>下一頁</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../src/queuedesk/kiosk/pin_pad.py" line="137"/>
        <source>Checking…</source>
        <translation>正在核對…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/pin_pad.py" line="185"/>
        <source>Enter the staff PIN</source>
        <translation>請輸入員工密碼</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/pin_pad.py" line="204"/>
        <source>Staff PIN</source>
        <translation>員工密碼</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/pin_pad.py" line="205"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/pin_pad.py" line="206"/>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/pin_pad.py" line="207"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PriorityPage</name>
    <message>
        <location filename="../src/queuedesk/kiosk/priority_page.py" line="140"/>
        <source>Priority ticket</source>
        <translation>優先號碼牌</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/priority_page.py" line="141"/>
        <source>1. Choose the priority</source>
        <translation>1. 選擇優先類別</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/priority_page.py" line="142"/>
        <source>2. Touch the customer&apos;s business: the ticket is issued at once</source>
        <translation>2. 點選客戶要辦的服務項目，立即發出號碼牌</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/priority_page.py" line="143"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/priority_page.py" line="151"/>
        <source>{0}  {1} (closed now)</source>
        <translation>{0}  {1}（暫停取號）</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_menu.py" line="83"/>
        <source>Staff menu</source>
        <translation>員工選單</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_menu.py" line="84"/>
        <source>Closes by itself after a minute without a touch.</source>
        <translation>一分鐘無操作將自動關閉。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_menu.py" line="85"/>
        <source>Issue a priority ticket</source>
        <translation>發放優先號碼牌</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_menu.py" line="86"/>
        <source>Reprint the last ticket</source>
        <translation>補印上一張號碼牌</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_menu.py" line="87"/>
        <source>Print a test slip</source>
        <translation>列印測試單</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_menu.py" line="88"/>
        <source>Close the menu</source>
        <translation>關閉選單</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_menu.py" line="89"/>
        <source>Quit the kiosk</source>
        <translation>結束取號機</translation>
    </message>
</context>
<context>
    <name>StaffTexts</name>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_texts.py" line="27"/>
        <source>Not done: {0}</source>
        <translation>未完成：{0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_texts.py" line="32"/>
        <source>Wrong PIN. {0} more tries, then the pad locks for {1} minutes.</source>
        <translation>密碼錯誤。還可再試 {0} 次，之後密碼鍵盤鎖定 {1} 分鐘。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_texts.py" line="33"/>
        <source>Wrong PIN.</source>
        <translation>密碼錯誤。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_texts.py" line="34"/>
        <source>Too many wrong PINs: the pad is locked. Try again in {0} min.</source>
        <translation>密碼錯誤次數過多，已鎖定。請 {0} 分鐘後再試。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_texts.py" line="36"/>
        <source>No staff PIN is set for this hall yet. An administrator sets it with: queuedesk kiosk pin</source>
        <translation>尚未設定取號機員工密碼。管理員可用此指令設定：queuedesk kiosk pin</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_texts.py" line="38"/>
        <source>The database cannot be reached. Please try again in a moment.</source>
        <translation>無法連線資料庫，請稍後再試。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_texts.py" line="39"/>
        <source>This needs a staff member who may do it.</source>
        <translation>需由有權限的員工操作。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_texts.py" line="40"/>
        <source>Business {0} takes no tickets now.</source>
        <translation>服務項目 {0} 目前不能取號。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_texts.py" line="42"/>
        <source>Unknown business {0}.</source>
        <translation>沒有服務項目 {0}。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_texts.py" line="55"/>
        <source>Elderly, disabled, pregnant, military</source>
        <translation>長者、身障人士、孕婦、軍人</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_texts.py" line="56"/>
        <source>VIP and wealth customers</source>
        <translation>貴賓及理財客戶</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_texts.py" line="57"/>
        <source>Before every queue</source>
        <translation>排在所有隊伍之前</translation>
    </message>
</context>
</TS>

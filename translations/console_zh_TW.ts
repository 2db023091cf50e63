<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="204"/>
        <source>Priority ticket</source>
        <translation>優先抽號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="204"/>
        <source>Wrong business type</source>
        <translation>抽錯服務項目</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="205"/>
        <source>Cancel a ticket</source>
        <translation>取消號碼</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="205"/>
        <source>Call a number</source>
        <translation>指定叫號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="206"/>
        <source>Counter</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="215"/>
        <source>Issue</source>
        <translation>出號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="218"/>
        <source>Move</source>
        <translation>改至此服務項目</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="219"/>
        <source>Move the ticket to this business type; it keeps its place in the queue</source>
        <translation>將此號碼改至所選服務項目，保留原本的順位</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="231"/>
        <source>Ticket, e.g. {0}</source>
        <translation>號碼，如 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="220"/>
        <source>Cancel ticket</source>
        <translation>取消此號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="222"/>
        <source>Call now</source>
        <translation>立即叫號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="223"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="224"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="225"/>
        <source>Release</source>
        <translation>釋放</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../src/queuedesk/console/alerts.py" line="62"/>
        <source>No alerts.</source>
        <translation>目前沒有提醒。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/alerts.py" line="80"/>
        <source>{0} new</source>
        <translation>{0} 則未處理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/alerts.py" line="80"/>
        <source>All seen</source>
        <translation>均已處理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/alerts.py" line="81"/>
        <source>Alerts ({0})</source>
        <translation>提醒（{0}）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/alerts.py" line="84"/>
        <source>Acknowledge</source>
        <translation>確認已處理</translation>
    </message>
</context>
<context>
    <name>AppointmentsTable</name>
    <message>
        <location filename="../src/queuedesk/console/side.py" line="55"/>
        <source>Slot</source>
        <translation>時段</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/side.py" line="55"/>
        <source>Business type</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/side.py" line="55"/>
        <source>Code</source>
        <translation>報到碼</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/side.py" line="55"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>ComplaintsTable</name>
    <message>
        <location filename="../src/queuedesk/console/side.py" line="77"/>
        <source>Serious</source>
        <translation>嚴重</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/side.py" line="77"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/side.py" line="78"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/side.py" line="88"/>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/side.py" line="88"/>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/side.py" line="88"/>
        <source>Due</source>
        <translation>答覆期限</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/side.py" line="89"/>
        <source>What the customer said</source>
        <translation>申訴內容</translation>
    </message>
</context>
<context>
    <name>ConsoleTexts</name>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="23"/>
        <source>{0} min</source>
        <translation>{0} 分鐘</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="27"/>
        <source>waiting {0}</source>
        <translation>已等 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="31"/>
        <source>{0} / {1} min</source>
        <translation>{0} / {1} 分鐘</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="42"/>
        <source>grows</source>
        <translation>持續增加</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="42"/>
        <source>no counter</source>
        <translation>無櫃檯開放</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="46"/>
        <source>Serving</source>
        <translation>辦理中</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="46"/>
        <source>Calling</source>
        <translation>叫號中</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="46"/>
        <source>Paused</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="47"/>
        <source>Free</source>
        <translation>空閒</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="47"/>
        <source>Idle, people waiting</source>
        <translation>空閒，有人等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="47"/>
        <source>Closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="48"/>
        <source>Unattended</source>
        <translation>無人值守</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="53"/>
        <source>Elderly</source>
        <translation>長者</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="53"/>
        <source>Disabled</source>
        <translation>身心障礙者</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="53"/>
        <source>Pregnant</source>
        <translation>孕婦</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="54"/>
        <source>Military</source>
        <translation>軍人</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="54"/>
        <source>VIP</source>
        <translation>貴賓</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="54"/>
        <source>Emergency</source>
        <translation>急診/綠色通道</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="59"/>
        <source>Late</source>
        <translation>已遲到</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="59"/>
        <source>Booked</source>
        <translation>已預約</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="60"/>
        <source>Checked in</source>
        <translation>已報到</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="60"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="61"/>
        <source>No-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="68"/>
        <source>{0} ({1}) has waited {2} min: past the maximum</source>
        <translation>{0}（{1}）已等候 {2} 分鐘：超過最長時限</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="70"/>
        <source>{0} ({1}) has waited {2} min: past the target</source>
        <translation>{0}（{1}）已等候 {2} 分鐘：超過目標時間</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="72"/>
        <source>Appointment {0} ({1}) checked in and waiting {2} min</source>
        <translation>預約客戶 {0}（{1}）已報到，等候 {2} 分鐘</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="75"/>
        <source>{0} is unattended: its desk stopped answering</source>
        <translation>{0}無人值守：叫號終端已無回應</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="77"/>
        <source>{0} paused for {1} min ({2})</source>
        <translation>{0}已暫停 {1} 分鐘（{2}）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="80"/>
        <source>Printer problem at {0}: ticket {1} not printed</source>
        <translation>{0} 列印故障：{1} 號未列印</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="81"/>
        <source>a kiosk</source>
        <translation>抽號機</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="83"/>
        <source>{0}: people waiting and no counter open</source>
        <translation>{0}：有人等候，但沒有開放櫃檯</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="89"/>
        <source>Ticket {0} issued</source>
        <translation>已出號 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="90"/>
        <source>{0} moved, keeping its place</source>
        <translation>{0} 已改服務項目，保留順位</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="91"/>
        <source>{0} cancelled</source>
        <translation>{0} 已取消</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="92"/>
        <source>{0} called</source>
        <translation>已叫 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="93"/>
        <source>Counter opened</source>
        <translation>櫃檯已開啟</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="94"/>
        <source>Counter closed</source>
        <translation>櫃檯已關閉</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="95"/>
        <source>Counter released</source>
        <translation>櫃檯已釋放</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="96"/>
        <source>The notice is on the lobby screens</source>
        <translation>公告已顯示在大廳螢幕上</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="97"/>
        <source>Alert acknowledged</source>
        <translation>提醒已確認</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="104"/>
        <source>No ticket {0} today</source>
        <translation>今天沒有 {0} 號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="105"/>
        <source>{0} is {1}: not possible now</source>
        <translation>{0} 目前狀態為 {1}，無法操作</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="107"/>
        <source>{0} is already in that business type</source>
        <translation>{0} 已在該服務項目中</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="108"/>
        <source>The counter still has {0}</source>
        <translation>該櫃檯仍有 {0} 在辦理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="109"/>
        <source>The counter is not open</source>
        <translation>該櫃檯未開放</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="110"/>
        <source>The counter is {0}</source>
        <translation>該櫃檯狀態為 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="111"/>
        <source>This business type takes no tickets now</source>
        <translation>該服務項目現在不受理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="112"/>
        <source>The counter&apos;s customer was called but not served yet</source>
        <translation>該櫃檯叫到的客戶尚未開始辦理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="113"/>
        <source>Please check: {0}</source>
        <translation>請檢查：{0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="114"/>
        <source>Unknown business type</source>
        <translation>沒有這個服務項目</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../src/queuedesk/console/window.py" line="105"/>
        <source>Not done: {0}</source>
        <translation>未完成：{0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/window.py" line="207"/>
        <source>Database unreachable: showing the last known board</source>
        <translation>無法連線資料庫：顯示的是最後一次的資料</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/window.py" line="221"/>
        <source>{0} (this computer&apos;s account)</source>
        <translation>{0}（本機帳戶）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/window.py" line="227"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/window.py" line="228"/>
        <source>Appointments today ({0})</source>
        <translation>今日預約（{0}）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/window.py" line="229"/>
        <source>Open complaints ({0})</source>
        <translation>未結申訴（{0}）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/window.py" line="230"/>
        <source>Lobby notice</source>
        <translation>大廳公告</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/window.py" line="233"/>
        <location filename="../src/queuedesk/console/window.py" line="234"/>
        <source>Lobby manager&apos;s console</source>
        <translation>大廳主管台</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/window.py" line="236"/>
        <source>Queues</source>
        <translation>各服務項目排隊</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/window.py" line="237"/>
        <source>Counters</source>
        <translation>櫃檯</translation>
    </message>
</context>
<context>
    <name>CountersTable</name>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="296"/>
        <source>Counter</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="296"/>
        <source>Now</source>
        <translation>目前</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="296"/>
        <source>Staff</source>
        <translation>工作人員</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="296"/>
        <source>Ticket / reason</source>
        <translation>號碼 / 原因</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="296"/>
        <source>For</source>
        <translation>時長</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="297"/>
        <source>Waiting for it</source>
        <translation>等候人數</translation>
    </message>
</context>
<context>
    <name>NoticePanel</name>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="276"/>
        <source>The line that scrolls along the lobby screen; saved, every display shows it.</source>
        <translation>大廳螢幕底部捲動的公告；儲存後所有螢幕立即顯示。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="277"/>
        <source>Save the notice</source>
        <translation>儲存公告</translation>
    </message>
</context>
<context>
    <name>ServicesTable</name>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="260"/>
        <source>Business type</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="260"/>
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="260"/>
        <source>Longest</source>
        <translation>最長等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="260"/>
        <source>Target / max</source>
        <translation>目標 / 上限</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="261"/>
        <source>Counters</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="261"/>
        <source>Booked</source>
        <translation>已預約</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="261"/>
        <source>Wait now → +1 counter</source>
        <translation>預計等候：現在 → 加開一櫃</translation>
    </message>
</context>
</TS>

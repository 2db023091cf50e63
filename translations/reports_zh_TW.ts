<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>Reports</name>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="87"/>
        <source>Arrivals and mean wait by hour</source>
        <translation>各時段到達人數與平均等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="108"/>
        <source>Hour of arrival</source>
        <translation>到達時段</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="165"/>
        <source>How long customers waited</source>
        <translation>客戶等候時長分布</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="85"/>
        <source>Within target</source>
        <translation>目標
時間內</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="168"/>
        <source>Over target</source>
        <translation>超過目標</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="86"/>
        <source>Over 30 min</source>
        <translation>超過
30分鐘</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="186"/>
        <source>Minutes waited</source>
        <translation>等候分鐘數</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="189"/>
        <source>Customers</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="194"/>
        <source>Target {0} min</source>
        <translation>目標 {0} 分鐘</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="195"/>
        <location filename="../src/queuedesk/reports/charts.py" line="196"/>
        <location filename="../src/queuedesk/reports/pdf.py" line="167"/>
        <source>{0} min</source>
        <translation>{0} 分鐘</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/heat_map.py" line="47"/>
        <source>Arrivals by weekday and hour</source>
        <translation>依星期與時段的到達人數</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="142"/>
        <source>By day</source>
        <translation>依日</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="144"/>
        <source>Per branch</source>
        <translation>各據點</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="146"/>
        <source>Per staff member</source>
        <translation>依工作人員</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="147"/>
        <source>Per service</source>
        <translation>依服務項目</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="161"/>
        <source>Business days in {0}; made {1}</source>
        <translation>營業日依 {0} 時區計；產生於 {1}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="173"/>
        <source>Mean wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="174"/>
        <source>90% waited at most</source>
        <translation>90%客戶等候不超過</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="177"/>
        <location filename="../src/queuedesk/reports/spreadsheet.py" line="54"/>
        <source>Days meeting 1020</source>
        <translation>「1020」達標天數</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="179"/>
        <source>Mean service</source>
        <translation>平均辦理時長</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/spreadsheet.py" line="45"/>
        <source>Summary</source>
        <translation>彙總</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/spreadsheet.py" line="50"/>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/spreadsheet.py" line="50"/>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/spreadsheet.py" line="55"/>
        <source>Days with customers</source>
        <translation>有客戶的營業日</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="80"/>
        <source>Arrivals</source>
        <translation>取號人數</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="80"/>
        <source>Called</source>
        <translation>叫號數</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="80"/>
        <source>Served</source>
        <translation>辦結數</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="81"/>
        <source>No-shows</source>
        <translation>過號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="81"/>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="82"/>
        <source>Transferred</source>
        <translation>轉辦</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="82"/>
        <source>Abandoned</source>
        <translation>放棄</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="83"/>
        <source>Abandonment rate</source>
        <translation>放棄率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="83"/>
        <source>Mean wait (min)</source>
        <translation>平均等候
(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="84"/>
        <source>Median wait (min)</source>
        <translation>等候中位數
(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="84"/>
        <source>90% waited at most (min)</source>
        <translation>90%等候
不超過(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="85"/>
        <source>Longest wait (min)</source>
        <translation>最長等候
(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="86"/>
        <source>Over 20 min</source>
        <translation>超過
20分鐘</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="87"/>
        <source>1020 met</source>
        <translation>「1020」
達標</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="87"/>
        <source>Mean service (min)</source>
        <translation>平均辦理
(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="88"/>
        <source>Longest service (min)</source>
        <translation>最長辦理
(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="89"/>
        <source>Idle while people waited (min)</source>
        <translation>有客等候時
閒置(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="90"/>
        <source>Utilisation</source>
        <translation>櫃檯
使用率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="90"/>
        <source>Rated</source>
        <translation>評價數</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="91"/>
        <source>Evaluation rate</source>
        <translation>評價率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="92"/>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="93"/>
        <source>Complaints</source>
        <translation>客訴數</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="94"/>
        <source>Complaints on time</source>
        <translation>客訴
準時結案率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="95"/>
        <source>Appointment share</source>
        <translation>預約比例</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="96"/>
        <source>Appointments on time</source>
        <translation>預約
準時率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="97"/>
        <source>Appointment no-shows</source>
        <translation>預約
未到率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="105"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="105"/>
        <source>Staff</source>
        <translation>工作人員</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="105"/>
        <source>Counter</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="106"/>
        <source>Service</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="106"/>
        <source>Hour</source>
        <translation>時段</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="106"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="107"/>
        <source>Branch</source>
        <translation>據點</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="109"/>
        <source>Mon</source>
        <translation>週一</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="109"/>
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="109"/>
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="109"/>
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="110"/>
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="110"/>
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="110"/>
        <source>Sun</source>
        <translation>週日</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="111"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="112"/>
        <source>(nobody signed in)</source>
        <translation>（無人登入）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="113"/>
        <source>(not called)</source>
        <translation>（未叫號）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="114"/>
        <source>(no visit)</source>
        <translation>（非針對某次辦理）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="115"/>
        <source>met</source>
        <translation>達標</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="115"/>
        <source>not met</source>
        <translation>未達標</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="116"/>
        <source>Daily service report</source>
        <translation>服務日報</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="116"/>
        <source>Weekly service report</source>
        <translation>服務週報</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="117"/>
        <source>Monthly service report</source>
        <translation>服務月報</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="118"/>
        <source>Quarterly service report</source>
        <translation>服務季報</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="118"/>
        <source>Service report</source>
        <translation>服務報表</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="184"/>
        <source>Waits run from taking the ticket to the first call; &quot;1020&quot;: mean wait at most 10 minutes and nobody over 20.</source>
        <translation>等候時長自取號起至首次叫號止；「1020」指平均等候不超過10分鐘且無人超過20分鐘。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="192"/>
        <source>Evaluation rate: visits rated ÷ visits served; satisfaction: ratings of &quot;{0}&quot; or better ÷ ratings.</source>
        <translation>評價率＝已評價的服務次數 ÷ 已辦理的服務次數；滿意度＝「{0}」以上的評價 ÷ 評價總數。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="194"/>
        <source>Complaints count on the day they came in; on time: answered by their due date ÷ those answered or past due when the report was made.</source>
        <translation>客訴依受理日期統計；準時結案率＝於期限內回覆的客訴 ÷ 截至製表時已回覆或已到期的客訴。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="201"/>
        <source>{0} branches</source>
        <translation>{0} 個據點</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/terminal.py" line="15"/>
        <source>1020 met on {0} of {1} days</source>
        <translation>「1020」達標 {0}/{1} 天</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/terminal.py" line="60"/>
        <source>Branches by {0}</source>
        <translation>各據點排名：{0}</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="206"/>
        <source>Reports</source>
        <translation>服務報表</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="207"/>
        <source>Service reports</source>
        <translation>服務報表</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="208"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="209"/>
        <source>Rows by</source>
        <translation>分組</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="210"/>
        <source>then by</source>
        <translation>再依</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="211"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="211"/>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="211"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="211"/>
        <source>Quarter</source>
        <translation>季</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="211"/>
        <source>Days from … to</source>
        <translation>自訂日期</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="214"/>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="214"/>
        <source>staff</source>
        <translation>工作人員</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="214"/>
        <source>counter</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="215"/>
        <source>service</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="215"/>
        <source>hour</source>
        <translation>時段</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="215"/>
        <source>weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="216"/>
        <location filename="../src/queuedesk/reports/window.py" line="308"/>
        <source>branch</source>
        <translation>據點</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="221"/>
        <source>(nothing)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="222"/>
        <source>Branch</source>
        <translation>據點</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="224"/>
        <source>Export PDF</source>
        <translation>匯出 PDF</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="224"/>
        <source>Export Excel</source>
        <translation>匯出 Excel</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="224"/>
        <source>Export CSV</source>
        <translation>匯出 CSV</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="240"/>
        <location filename="../src/queuedesk/reports/window.py" line="283"/>
        <source>Loading …</source>
        <translation>正在讀取…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="318"/>
        <source>All branches</source>
        <translation>全部據點</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="334"/>
        <source>As of {0}</source>
        <translation>截至 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="382"/>
        <source>{0} min</source>
        <translation>{0} 分鐘</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="394"/>
        <source>Mean wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="395"/>
        <source>90% waited at most</source>
        <translation>90%客戶等候不超過</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="398"/>
        <source>Days meeting &quot;1020&quot;</source>
        <translation>「1020」達標天數</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="415"/>
        <source>Cannot read the report: {0}</source>
        <translation>無法讀取報表：{0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="419"/>
        <source>Database unreachable; retrying …</source>
        <translation>資料庫連線中斷，正在重試…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="424"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="424"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="425"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="428"/>
        <source>Export the report</source>
        <translation>匯出報表</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="434"/>
        <source>Exporting {0} …</source>
        <translation>正在匯出 {0}…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="440"/>
        <source>Saved {0}</source>
        <translation>已儲存 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="444"/>
        <source>Export failed: {0}</source>
        <translation>匯出失敗：{0}</translation>
    </message>
</context>
</TS>

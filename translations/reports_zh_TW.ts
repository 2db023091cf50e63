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
        <location filename="../src/queuedesk/reports/charts.py" line="149"/>
        <source>How long customers waited</source>
        <translation>客戶等候時長分布</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="151"/>
        <location filename="../src/queuedesk/reports/table.py" line="66"/>
        <source>Within target</source>
        <translation>目標時間內</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="152"/>
        <source>Over target</source>
        <translation>超過目標</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="153"/>
        <location filename="../src/queuedesk/reports/table.py" line="67"/>
        <source>Over 30 min</source>
        <translation>超過30分鐘</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="173"/>
        <source>Minutes waited</source>
        <translation>等候分鐘數</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="176"/>
        <source>Customers</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="181"/>
        <source>Target {0} min</source>
        <translation>目標 {0} 分鐘</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="182"/>
        <location filename="../src/queuedesk/reports/charts.py" line="183"/>
        <location filename="../src/queuedesk/reports/pdf.py" line="155"/>
        <source>{0} min</source>
        <translation>{0} 分鐘</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/heat_map.py" line="40"/>
        <source>Arrivals by weekday and hour</source>
        <translation>依星期與時段的到達人數</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="134"/>
        <source>By day</source>
        <translation>依日</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="135"/>
        <source>Per teller</source>
        <translation>依櫃員</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="136"/>
        <source>Per service</source>
        <translation>依服務項目</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="149"/>
        <source>Business days in {0}; made {1}</source>
        <translation>營業日依 {0} 時區計；產生於 {1}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="161"/>
        <source>Mean wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="162"/>
        <source>90% waited at most</source>
        <translation>90%客戶等候不超過</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="165"/>
        <location filename="../src/queuedesk/reports/spreadsheet.py" line="53"/>
        <source>Days meeting 1020</source>
        <translation>「1020」達標天數</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="167"/>
        <source>Mean service</source>
        <translation>平均辦理時長</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="288"/>
        <source>Waits run from taking the ticket to the first call; &quot;1020&quot;: mean wait at most 10 minutes and nobody over 20. Ratings are empty until counters record them.</source>
        <translation>等候時長自取號起至首次叫號止；「1020」指平均等候不超過10分鐘且無人超過20分鐘。評價資料待櫃檯評價器接入後顯示。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/spreadsheet.py" line="44"/>
        <source>Summary</source>
        <translation>彙總</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/spreadsheet.py" line="49"/>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/spreadsheet.py" line="49"/>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/spreadsheet.py" line="54"/>
        <source>Days with customers</source>
        <translation>有客戶的營業日</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="61"/>
        <source>Arrivals</source>
        <translation>取號人數</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="61"/>
        <source>Called</source>
        <translation>叫號數</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="61"/>
        <source>Served</source>
        <translation>辦結數</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="62"/>
        <source>No-shows</source>
        <translation>過號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="62"/>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="63"/>
        <source>Transferred</source>
        <translation>轉辦</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="63"/>
        <source>Abandoned</source>
        <translation>放棄</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="64"/>
        <source>Abandonment rate</source>
        <translation>放棄率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="64"/>
        <source>Mean wait (min)</source>
        <translation>平均等候(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="65"/>
        <source>Median wait (min)</source>
        <translation>等候中位數(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="65"/>
        <source>90% waited at most (min)</source>
        <translation>90%等候不超過(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="66"/>
        <source>Longest wait (min)</source>
        <translation>最長等候(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="67"/>
        <source>Over 20 min</source>
        <translation>超過20分鐘</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="68"/>
        <source>1020 met</source>
        <translation>「1020」達標</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="68"/>
        <source>Mean service (min)</source>
        <translation>平均辦理(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="69"/>
        <source>Longest service (min)</source>
        <translation>最長辦理(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="70"/>
        <source>Idle while people waited (min)</source>
        <translation>有客等候時閒置(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="71"/>
        <source>Utilisation</source>
        <translation>櫃檯使用率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="71"/>
        <source>Evaluation rate</source>
        <translation>評價率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="72"/>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="72"/>
        <source>Complaints on time</source>
        <translation>客訴準時結案率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="73"/>
        <source>Appointment share</source>
        <translation>預約比例</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="76"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="76"/>
        <source>Teller</source>
        <translation>櫃員</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="76"/>
        <source>Counter</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="77"/>
        <source>Service</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="77"/>
        <source>Hour</source>
        <translation>時段</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="77"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="79"/>
        <source>Mon</source>
        <translation>週一</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="79"/>
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="79"/>
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="79"/>
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="80"/>
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="80"/>
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="80"/>
        <source>Sun</source>
        <translation>週日</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="81"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="82"/>
        <source>(nobody signed in)</source>
        <translation>（未登入櫃員）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="83"/>
        <source>(not called)</source>
        <translation>（未叫號）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="84"/>
        <source>met</source>
        <translation>達標</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="84"/>
        <source>not met</source>
        <translation>未達標</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="85"/>
        <source>Daily service report</source>
        <translation>服務日報</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="85"/>
        <source>Weekly service report</source>
        <translation>服務週報</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="86"/>
        <source>Monthly service report</source>
        <translation>服務月報</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="87"/>
        <source>Quarterly service report</source>
        <translation>服務季報</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="87"/>
        <source>Service report</source>
        <translation>服務報表</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/terminal.py" line="14"/>
        <source>1020 met on {0} of {1} days</source>
        <translation>「1020」達標 {0}/{1} 天</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="190"/>
        <source>Reports</source>
        <translation>服務報表</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="191"/>
        <source>Service reports</source>
        <translation>服務報表</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="192"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="193"/>
        <source>Rows by</source>
        <translation>分組</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="194"/>
        <source>then by</source>
        <translation>再依</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="195"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="195"/>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="195"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="195"/>
        <source>Quarter</source>
        <translation>季</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="195"/>
        <source>Days from … to</source>
        <translation>自訂日期</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="198"/>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="198"/>
        <source>teller</source>
        <translation>櫃員</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="198"/>
        <source>counter</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="199"/>
        <source>service</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="199"/>
        <source>hour</source>
        <translation>時段</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="199"/>
        <source>weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="203"/>
        <source>(nothing)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="204"/>
        <source>Export PDF</source>
        <translation>匯出 PDF</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="204"/>
        <source>Export Excel</source>
        <translation>匯出 Excel</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="204"/>
        <source>Export CSV</source>
        <translation>匯出 CSV</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="220"/>
        <location filename="../src/queuedesk/reports/window.py" line="249"/>
        <source>Loading …</source>
        <translation>正在讀取…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="263"/>
        <source>As of {0}</source>
        <translation>截至 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="298"/>
        <source>{0} min</source>
        <translation>{0} 分鐘</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="310"/>
        <source>Mean wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="311"/>
        <source>90% waited at most</source>
        <translation>90%客戶等候不超過</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="314"/>
        <source>Days meeting &quot;1020&quot;</source>
        <translation>「1020」達標天數</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="329"/>
        <source>Cannot read the report: {0}</source>
        <translation>無法讀取報表：{0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="333"/>
        <source>Database unreachable; retrying …</source>
        <translation>資料庫連線中斷，正在重試…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="338"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="338"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="339"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="342"/>
        <source>Export the report</source>
        <translation>匯出報表</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="348"/>
        <source>Exporting {0} …</source>
        <translation>正在匯出 {0}…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="354"/>
        <source>Saved {0}</source>
        <translation>已儲存 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="358"/>
        <source>Export failed: {0}</source>
        <translation>匯出失敗：{0}</translation>
    </message>
</context>
</TS>

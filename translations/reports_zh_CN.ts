<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Reports</name>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="87"/>
        <source>Arrivals and mean wait by hour</source>
        <translation>各时段到达人数与平均等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="108"/>
        <source>Hour of arrival</source>
        <translation>到达时段</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="149"/>
        <source>How long customers waited</source>
        <translation>客户等候时长分布</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="151"/>
        <location filename="../src/queuedesk/reports/table.py" line="66"/>
        <source>Within target</source>
        <translation>目标时间内</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="152"/>
        <source>Over target</source>
        <translation>超过目标</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="153"/>
        <location filename="../src/queuedesk/reports/table.py" line="67"/>
        <source>Over 30 min</source>
        <translation>超30分钟</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="173"/>
        <source>Minutes waited</source>
        <translation>等候分钟数</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="176"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="181"/>
        <source>Target {0} min</source>
        <translation>目标 {0} 分钟</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="182"/>
        <location filename="../src/queuedesk/reports/charts.py" line="183"/>
        <location filename="../src/queuedesk/reports/pdf.py" line="155"/>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/heat_map.py" line="40"/>
        <source>Arrivals by weekday and hour</source>
        <translation>按星期与时段的到达人数</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="134"/>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="135"/>
        <source>Per teller</source>
        <translation>按柜员</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="136"/>
        <source>Per service</source>
        <translation>按业务类型</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="149"/>
        <source>Business days in {0}; made {1}</source>
        <translation>营业日按 {0} 时区计；生成于 {1}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="161"/>
        <source>Mean wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="162"/>
        <source>90% waited at most</source>
        <translation>90%客户等候不超过</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="165"/>
        <location filename="../src/queuedesk/reports/spreadsheet.py" line="53"/>
        <source>Days meeting 1020</source>
        <translation>“1020”达标天数</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="167"/>
        <source>Mean service</source>
        <translation>平均办理时长</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="288"/>
        <source>Waits run from taking the ticket to the first call; &quot;1020&quot;: mean wait at most 10 minutes and nobody over 20. Ratings are empty until counters record them.</source>
        <translation>等候时长自取号起至首次叫号止；“1020”指平均等候不超过10分钟且无人超过20分钟。评价数据待柜台评价器接入后显示。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/spreadsheet.py" line="44"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/spreadsheet.py" line="49"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/spreadsheet.py" line="49"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/spreadsheet.py" line="54"/>
        <source>Days with customers</source>
        <translation>有客户的营业日</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="61"/>
        <source>Arrivals</source>
        <translation>取号人数</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="61"/>
        <source>Called</source>
        <translation>叫号数</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="61"/>
        <source>Served</source>
        <translation>办结数</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="62"/>
        <source>No-shows</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="62"/>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="63"/>
        <source>Transferred</source>
        <translation>转办</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="63"/>
        <source>Abandoned</source>
        <translation>弃号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="64"/>
        <source>Abandonment rate</source>
        <translation>弃号率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="64"/>
        <source>Mean wait (min)</source>
        <translation>平均等候(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="65"/>
        <source>Median wait (min)</source>
        <translation>等候中位数(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="65"/>
        <source>90% waited at most (min)</source>
        <translation>90%等候不超过(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="66"/>
        <source>Longest wait (min)</source>
        <translation>最长等候(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="67"/>
        <source>Over 20 min</source>
        <translation>超20分钟</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="68"/>
        <source>1020 met</source>
        <translation>“1020”达标</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="68"/>
        <source>Mean service (min)</source>
        <translation>平均办理(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="69"/>
        <source>Longest service (min)</source>
        <translation>最长办理(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="70"/>
        <source>Idle while people waited (min)</source>
        <translation>有客等候时空闲(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="71"/>
        <source>Utilisation</source>
        <translation>窗口利用率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="71"/>
        <source>Evaluation rate</source>
        <translation>评价率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="72"/>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="72"/>
        <source>Complaints on time</source>
        <translation>投诉按时办结率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="73"/>
        <source>Appointment share</source>
        <translation>预约占比</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="76"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="76"/>
        <source>Teller</source>
        <translation>柜员</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="76"/>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="77"/>
        <source>Service</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="77"/>
        <source>Hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="77"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="79"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="79"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="79"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="79"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="80"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="80"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="80"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="81"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="82"/>
        <source>(nobody signed in)</source>
        <translation>（未登录柜员）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="83"/>
        <source>(not called)</source>
        <translation>（未叫号）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="84"/>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="84"/>
        <source>not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="85"/>
        <source>Daily service report</source>
        <translation>服务日报</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="85"/>
        <source>Weekly service report</source>
        <translation>服务周报</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="86"/>
        <source>Monthly service report</source>
        <translation>服务月报</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="87"/>
        <source>Quarterly service report</source>
        <translation>服务季报</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="87"/>
        <source>Service report</source>
        <translation>服务报表</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/terminal.py" line="14"/>
        <source>1020 met on {0} of {1} days</source>
        <translation>“1020”达标 {0}/{1} 天</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="190"/>
        <source>Reports</source>
        <translation>服务报表</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="191"/>
        <source>Service reports</source>
        <translation>服务报表</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="192"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="193"/>
        <source>Rows by</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="194"/>
        <source>then by</source>
        <translation>再按</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="195"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="195"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="195"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="195"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="195"/>
        <source>Days from … to</source>
        <translation>自定日期</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="198"/>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="198"/>
        <source>teller</source>
        <translation>柜员</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="198"/>
        <source>counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="199"/>
        <source>service</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="199"/>
        <source>hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="199"/>
        <source>weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="203"/>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="204"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="204"/>
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="204"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="220"/>
        <location filename="../src/queuedesk/reports/window.py" line="249"/>
        <source>Loading …</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="263"/>
        <source>As of {0}</source>
        <translation>截至 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="298"/>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="310"/>
        <source>Mean wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="311"/>
        <source>90% waited at most</source>
        <translation>90%客户等候不超过</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="314"/>
        <source>Days meeting &quot;1020&quot;</source>
        <translation>“1020”达标天数</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="329"/>
        <source>Cannot read the report: {0}</source>
        <translation>无法读取报表：{0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="333"/>
        <source>Database unreachable; retrying …</source>
        <translation>数据库连接中断，正在重试…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="338"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="338"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="339"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="342"/>
        <source>Export the report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="348"/>
        <source>Exporting {0} …</source>
        <translation>正在导出 {0}…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="354"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="358"/>
        <source>Export failed: {0}</source>
        <translation>导出失败：{0}</translation>
    </message>
</context>
</TS>

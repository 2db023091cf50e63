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
        <location filename="../src/queuedesk/reports/charts.py" line="165"/>
        <source>How long customers waited</source>
        <translation>客户等候时长分布</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="85"/>
        <source>Within target</source>
        <translation>目标
时间内</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="168"/>
        <source>Over target</source>
        <translation>超过目标</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="86"/>
        <source>Over 30 min</source>
        <translation>超30分钟</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="186"/>
        <source>Minutes waited</source>
        <translation>等候分钟数</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="189"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="194"/>
        <source>Target {0} min</source>
        <translation>目标 {0} 分钟</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/charts.py" line="195"/>
        <location filename="../src/queuedesk/reports/charts.py" line="196"/>
        <location filename="../src/queuedesk/reports/pdf.py" line="167"/>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/heat_map.py" line="47"/>
        <source>Arrivals by weekday and hour</source>
        <translation>按星期与时段的到达人数</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="142"/>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="144"/>
        <source>Per branch</source>
        <translation>各网点</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="146"/>
        <source>Per staff member</source>
        <translation>按工作人员</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="147"/>
        <source>Per service</source>
        <translation>按业务类型</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="161"/>
        <source>Business days in {0}; made {1}</source>
        <translation>营业日按 {0} 时区计；生成于 {1}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="173"/>
        <source>Mean wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="174"/>
        <source>90% waited at most</source>
        <translation>90%客户等候不超过</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="177"/>
        <location filename="../src/queuedesk/reports/spreadsheet.py" line="54"/>
        <source>Days meeting 1020</source>
        <translation>“1020”达标天数</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/pdf.py" line="179"/>
        <source>Mean service</source>
        <translation>平均办理时长</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/spreadsheet.py" line="45"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/spreadsheet.py" line="50"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/spreadsheet.py" line="50"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/spreadsheet.py" line="55"/>
        <source>Days with customers</source>
        <translation>有客户的营业日</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="80"/>
        <source>Arrivals</source>
        <translation>取号人数</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="80"/>
        <source>Called</source>
        <translation>叫号数</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="80"/>
        <source>Served</source>
        <translation>办结数</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="81"/>
        <source>No-shows</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="81"/>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="82"/>
        <source>Transferred</source>
        <translation>转办</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="82"/>
        <source>Abandoned</source>
        <translation>弃号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="83"/>
        <source>Abandonment rate</source>
        <translation>弃号率</translation>
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
        <translation>等候中位数
(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="84"/>
        <source>90% waited at most (min)</source>
        <translation>90%等候
不超过(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="85"/>
        <source>Longest wait (min)</source>
        <translation>最长等候
(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="86"/>
        <source>Over 20 min</source>
        <translation>超20分钟</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="87"/>
        <source>1020 met</source>
        <translation>“1020”
达标</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="87"/>
        <source>Mean service (min)</source>
        <translation>平均办理
(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="88"/>
        <source>Longest service (min)</source>
        <translation>最长办理
(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="89"/>
        <source>Idle while people waited (min)</source>
        <translation>有客等候时
空闲(分)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="90"/>
        <source>Utilisation</source>
        <translation>窗口
利用率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="90"/>
        <source>Rated</source>
        <translation>评价数</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="91"/>
        <source>Evaluation rate</source>
        <translation>评价率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="92"/>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="93"/>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="94"/>
        <source>Complaints on time</source>
        <translation>投诉
按时办结率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="95"/>
        <source>Appointment share</source>
        <translation>预约占比</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="96"/>
        <source>Appointments on time</source>
        <translation>预约
准时率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="97"/>
        <source>Appointment no-shows</source>
        <translation>预约
爽约率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="105"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="105"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="105"/>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="106"/>
        <source>Service</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="106"/>
        <source>Hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="106"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="107"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="109"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="109"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="109"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="109"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="110"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="110"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="110"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="111"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="112"/>
        <source>(nobody signed in)</source>
        <translation>（无人登录）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="113"/>
        <source>(not called)</source>
        <translation>（未叫号）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="114"/>
        <source>(no visit)</source>
        <translation>（非针对某次办理）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="115"/>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="115"/>
        <source>not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="116"/>
        <source>Daily service report</source>
        <translation>服务日报</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="116"/>
        <source>Weekly service report</source>
        <translation>服务周报</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="117"/>
        <source>Monthly service report</source>
        <translation>服务月报</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="118"/>
        <source>Quarterly service report</source>
        <translation>服务季报</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="118"/>
        <source>Service report</source>
        <translation>服务报表</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="184"/>
        <source>Waits run from taking the ticket to the first call; &quot;1020&quot;: mean wait at most 10 minutes and nobody over 20.</source>
        <translation>等候时长自取号起至首次叫号止；“1020”指平均等候不超过10分钟且无人超过20分钟。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="192"/>
        <source>Evaluation rate: visits rated ÷ visits served; satisfaction: ratings of &quot;{0}&quot; or better ÷ ratings.</source>
        <translation>评价率＝已评价的服务次数 ÷ 已办理的服务次数；满意率＝“{0}”及以上的评价 ÷ 评价总数。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="194"/>
        <source>Complaints count on the day they came in; on time: answered by their due date ÷ those answered or past due when the report was made.</source>
        <translation>投诉按受理日期统计；按时办结率＝在期限内答复的投诉 ÷ 截至制表时已答复或已到期的投诉。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/table.py" line="201"/>
        <source>{0} branches</source>
        <translation>{0} 个网点</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/terminal.py" line="15"/>
        <source>1020 met on {0} of {1} days</source>
        <translation>“1020”达标 {0}/{1} 天</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/terminal.py" line="60"/>
        <source>Branches by {0}</source>
        <translation>各网点排名：{0}</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="206"/>
        <source>Reports</source>
        <translation>服务报表</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="207"/>
        <source>Service reports</source>
        <translation>服务报表</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="208"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="209"/>
        <source>Rows by</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="210"/>
        <source>then by</source>
        <translation>再按</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="211"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="211"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="211"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="211"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="211"/>
        <source>Days from … to</source>
        <translation>自定日期</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="214"/>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="214"/>
        <source>staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="214"/>
        <source>counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="215"/>
        <source>service</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="215"/>
        <source>hour</source>
        <translation>时段</translation>
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
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="221"/>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="222"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="224"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="224"/>
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="224"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="240"/>
        <location filename="../src/queuedesk/reports/window.py" line="283"/>
        <source>Loading …</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="318"/>
        <source>All branches</source>
        <translation>全部网点</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="334"/>
        <source>As of {0}</source>
        <translation>截至 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="382"/>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="394"/>
        <source>Mean wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="395"/>
        <source>90% waited at most</source>
        <translation>90%客户等候不超过</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="398"/>
        <source>Days meeting &quot;1020&quot;</source>
        <translation>“1020”达标天数</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="415"/>
        <source>Cannot read the report: {0}</source>
        <translation>无法读取报表：{0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="419"/>
        <source>Database unreachable; retrying …</source>
        <translation>数据库连接中断，正在重试…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="424"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="424"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="425"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="428"/>
        <source>Export the report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="434"/>
        <source>Exporting {0} …</source>
        <translation>正在导出 {0}…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="440"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/reports/window.py" line="444"/>
        <source>Export failed: {0}</source>
        <translation>导出失败：{0}</translation>
    </message>
</context>
</TS>

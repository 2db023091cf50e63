<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="204"/>
        <source>Priority ticket</source>
        <translation>优先取号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="204"/>
        <source>Wrong business type</source>
        <translation>取错业务</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="205"/>
        <source>Cancel a ticket</source>
        <translation>取消号码</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="205"/>
        <source>Call a number</source>
        <translation>指定叫号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="206"/>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="215"/>
        <source>Issue</source>
        <translation>出号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="218"/>
        <source>Move</source>
        <translation>改到此业务</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="219"/>
        <source>Move the ticket to this business type; it keeps its place in the queue</source>
        <translation>把这张号改到所选业务，保留原来的排位</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="231"/>
        <source>Ticket, e.g. {0}</source>
        <translation>号码，如 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="220"/>
        <source>Cancel ticket</source>
        <translation>取消此号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="222"/>
        <source>Call now</source>
        <translation>立即叫号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="223"/>
        <source>Open</source>
        <translation>开启</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="224"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="225"/>
        <source>Release</source>
        <translation>释放</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../src/queuedesk/console/alerts.py" line="62"/>
        <source>No alerts.</source>
        <translation>暂无提醒。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/alerts.py" line="80"/>
        <source>{0} new</source>
        <translation>{0} 条未处理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/alerts.py" line="80"/>
        <source>All seen</source>
        <translation>均已处理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/alerts.py" line="81"/>
        <source>Alerts ({0})</source>
        <translation>提醒（{0}）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/alerts.py" line="84"/>
        <source>Acknowledge</source>
        <translation>确认已处理</translation>
    </message>
</context>
<context>
    <name>AppointmentsTable</name>
    <message>
        <location filename="../src/queuedesk/console/side.py" line="55"/>
        <source>Slot</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/side.py" line="55"/>
        <source>Business type</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/side.py" line="55"/>
        <source>Code</source>
        <translation>签到码</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/side.py" line="55"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ComplaintsTable</name>
    <message>
        <location filename="../src/queuedesk/console/side.py" line="77"/>
        <source>Serious</source>
        <translation>严重</translation>
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
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/side.py" line="88"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/side.py" line="88"/>
        <source>Due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/side.py" line="89"/>
        <source>What the customer said</source>
        <translation>投诉内容</translation>
    </message>
</context>
<context>
    <name>ConsoleTexts</name>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="23"/>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="27"/>
        <source>waiting {0}</source>
        <translation>已等 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="31"/>
        <source>{0} / {1} min</source>
        <translation>{0} / {1} 分钟</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="42"/>
        <source>grows</source>
        <translation>持续增长</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="42"/>
        <source>no counter</source>
        <translation>无窗口开放</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="46"/>
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="46"/>
        <source>Calling</source>
        <translation>叫号中</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="46"/>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="47"/>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="47"/>
        <source>Idle, people waiting</source>
        <translation>空闲，有人等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="47"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="48"/>
        <source>Unattended</source>
        <translation>无人值守</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="53"/>
        <source>Elderly</source>
        <translation>老年人</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="53"/>
        <source>Disabled</source>
        <translation>残障人士</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="53"/>
        <source>Pregnant</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="54"/>
        <source>Military</source>
        <translation>军人</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="54"/>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="54"/>
        <source>Emergency</source>
        <translation>急诊/绿色通道</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="59"/>
        <source>Late</source>
        <translation>已迟到</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="59"/>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="60"/>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="60"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="61"/>
        <source>No-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="68"/>
        <source>{0} ({1}) has waited {2} min: past the maximum</source>
        <translation>{0}（{1}）已等候 {2} 分钟：超过最长时限</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="70"/>
        <source>{0} ({1}) has waited {2} min: past the target</source>
        <translation>{0}（{1}）已等候 {2} 分钟：超过目标时间</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="72"/>
        <source>Appointment {0} ({1}) checked in and waiting {2} min</source>
        <translation>预约客户 {0}（{1}）已签到，等候 {2} 分钟</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="75"/>
        <source>{0} is unattended: its desk stopped answering</source>
        <translation>{0}无人值守：叫号终端已无响应</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="77"/>
        <source>{0} paused for {1} min ({2})</source>
        <translation>{0}已暂停 {1} 分钟（{2}）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="80"/>
        <source>Printer problem at {0}: ticket {1} not printed</source>
        <translation>{0} 打印故障：{1} 号未打印</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="81"/>
        <source>a kiosk</source>
        <translation>取号机</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="83"/>
        <source>{0}: people waiting and no counter open</source>
        <translation>{0}：有人等候，但没有开放窗口</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="89"/>
        <source>Ticket {0} issued</source>
        <translation>已出号 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="90"/>
        <source>{0} moved, keeping its place</source>
        <translation>{0} 已改业务，保留排位</translation>
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
        <translation>窗口已开启</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="94"/>
        <source>Counter closed</source>
        <translation>窗口已关闭</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="95"/>
        <source>Counter released</source>
        <translation>窗口已释放</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="96"/>
        <source>The notice is on the lobby screens</source>
        <translation>公告已显示在大厅屏幕上</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="97"/>
        <source>Alert acknowledged</source>
        <translation>提醒已确认</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="104"/>
        <source>No ticket {0} today</source>
        <translation>今天没有 {0} 号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="105"/>
        <source>{0} is {1}: not possible now</source>
        <translation>{0} 当前状态为 {1}，无法操作</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="107"/>
        <source>{0} is already in that business type</source>
        <translation>{0} 已在该业务中</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="108"/>
        <source>The counter still has {0}</source>
        <translation>该窗口仍有 {0} 在办理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="109"/>
        <source>The counter is not open</source>
        <translation>该窗口未开放</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="110"/>
        <source>The counter is {0}</source>
        <translation>该窗口状态为 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="111"/>
        <source>This business type takes no tickets now</source>
        <translation>该业务现在不取号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="112"/>
        <source>The counter&apos;s customer was called but not served yet</source>
        <translation>该窗口叫到的客户尚未开始办理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="113"/>
        <source>Please check: {0}</source>
        <translation>请检查：{0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/texts.py" line="114"/>
        <source>Unknown business type</source>
        <translation>没有这个业务类型</translation>
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
        <translation>无法连接数据库：显示的是最后一次的数据</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/window.py" line="221"/>
        <source>{0} (this computer&apos;s account)</source>
        <translation>{0}（本机账户）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/window.py" line="227"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/window.py" line="228"/>
        <source>Appointments today ({0})</source>
        <translation>今日预约（{0}）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/window.py" line="229"/>
        <source>Open complaints ({0})</source>
        <translation>未结投诉（{0}）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/window.py" line="230"/>
        <source>Lobby notice</source>
        <translation>大厅公告</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/window.py" line="233"/>
        <location filename="../src/queuedesk/console/window.py" line="234"/>
        <source>Lobby manager&apos;s console</source>
        <translation>大堂经理台</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/window.py" line="236"/>
        <source>Queues</source>
        <translation>业务队列</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/window.py" line="237"/>
        <source>Counters</source>
        <translation>窗口</translation>
    </message>
</context>
<context>
    <name>CountersTable</name>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="296"/>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="296"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="296"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="296"/>
        <source>Ticket / reason</source>
        <translation>号码 / 原因</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="296"/>
        <source>For</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="297"/>
        <source>Waiting for it</source>
        <translation>等候人数</translation>
    </message>
</context>
<context>
    <name>NoticePanel</name>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="276"/>
        <source>The line that scrolls along the lobby screen; saved, every display shows it.</source>
        <translation>大厅屏幕底部滚动的公告；保存后所有屏幕立即显示。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/actions.py" line="277"/>
        <source>Save the notice</source>
        <translation>保存公告</translation>
    </message>
</context>
<context>
    <name>ServicesTable</name>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="260"/>
        <source>Business type</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="260"/>
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="260"/>
        <source>Longest</source>
        <translation>最长等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="260"/>
        <source>Target / max</source>
        <translation>目标 / 上限</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="261"/>
        <source>Counters</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="261"/>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/console/board.py" line="261"/>
        <source>Wait now → +1 counter</source>
        <translation>预计等候：现在 → 加开一窗</translation>
    </message>
</context>
</TS>

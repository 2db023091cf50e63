<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CompactBar</name>
    <message>
        <location filename="../src/queuedesk/desk/compact.py" line="110"/>
        <location filename="../src/queuedesk/desk/compact.py" line="159"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/compact.py" line="167"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/compact.py" line="167"/>
        <source>Database unreachable</source>
        <translation>数据库无法连接</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/compact.py" line="146"/>
        <location filename="../src/queuedesk/desk/compact.py" line="184"/>
        <source>Offline — reconnecting…</source>
        <translation>离线 — 正在重连…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/compact.py" line="148"/>
        <location filename="../src/queuedesk/desk/compact.py" line="182"/>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/compact.py" line="145"/>
        <location filename="../src/queuedesk/desk/compact.py" line="174"/>
        <source>{0} waiting</source>
        <translation>{0} 人等候</translation>
    </message>
</context>
<context>
    <name>CurrentTicket</name>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="82"/>
        <source>NOW AT THE COUNTER</source>
        <translation>当前客户</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="83"/>
        <source>Current number</source>
        <translation>当前号码</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="101"/>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="108"/>
        <source>In service</source>
        <translation>办理用时</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="109"/>
        <source>Since the call</source>
        <translation>呼叫后</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="112"/>
        <source>Recalled ×{0}</source>
        <translation>已重呼 {0} 次</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="118"/>
        <source>Transferred in — note: {0}</source>
        <translation>转入客户 — 备注：{0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="119"/>
        <source>Transferred in (no note)</source>
        <translation>转入客户（无备注）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="123"/>
        <source>Press Start service when the customer arrives.</source>
        <translation>客户到达后，请按“开始办理”（F3）。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="133"/>
        <source>Paused</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="134"/>
        <source>Reason: {0}. Resume (F10) to call again.</source>
        <translation>原因：{0}。按“恢复服务”（F10）继续叫号。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="137"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="138"/>
        <source>Open the counter (F10) to call.</source>
        <translation>请先开启窗口（F10）再叫号。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="140"/>
        <source>Ready to call</source>
        <translation>等待叫号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="142"/>
        <source>{0} waiting for this counter. Press Call next (F1).</source>
        <translation>本窗口有 {0} 人等候。按“叫号”（F1）呼叫下一位。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="143"/>
        <source>Nobody is waiting for this counter.</source>
        <translation>本窗口暂无人等候。</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="73"/>
        <source>Pause…</source>
        <translation>暂停…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="73"/>
        <source>Resume</source>
        <translation>恢复服务</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="74"/>
        <source>Open counter</source>
        <translation>开启窗口</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="76"/>
        <source>Call next</source>
        <translation>叫号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="77"/>
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="78"/>
        <source>Start service</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="79"/>
        <source>Finish</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="80"/>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="81"/>
        <source>Transfer…</source>
        <translation>转移…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="82"/>
        <source>Park</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="83"/>
        <source>Un-park…</source>
        <translation>取回挂起…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="84"/>
        <source>Call a number…</source>
        <translation>指定叫号…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="86"/>
        <source>Ask for a rating</source>
        <translation>请评价</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="87"/>
        <source>Sign out</source>
        <translation>签退</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="88"/>
        <source>Full view</source>
        <translation>完整界面</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="88"/>
        <source>Compact bar</source>
        <translation>精简条</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="93"/>
        <source>Finish the current customer and call the next one in line</source>
        <translation>办结当前客户并呼叫下一位</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="94"/>
        <source>Announce the current number again</source>
        <translation>再次播报当前号码</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="95"/>
        <source>The customer has arrived: start the service clock</source>
        <translation>客户已到达：开始计算办理时间</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="96"/>
        <source>The service is done</source>
        <translation>业务已办完</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="97"/>
        <source>The customer did not come</source>
        <translation>客户未到</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="98"/>
        <source>Send the customer to another service or counter, with a note</source>
        <translation>将客户转到其他业务或窗口，并附备注</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="99"/>
        <source>Set the customer aside (e.g. to fill in a form) and serve the next</source>
        <translation>让客户暂时离开（如填写表格），先办理下一位</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="100"/>
        <source>Call a parked customer back</source>
        <translation>呼回挂起的客户</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="101"/>
        <source>Call a specific waiting ticket out of turn (recorded)</source>
        <translation>不按顺序呼叫指定的等候号码（留有记录）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="102"/>
        <source>Pause the counter with a reason, or resume</source>
        <translation>填写原因暂停窗口，或恢复服务</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="103"/>
        <source>Ask the customer just served to rate the visit on the counter&apos;s rating screen</source>
        <translation>请刚办完业务的客户在窗口评价器上评价本次服务</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="104"/>
        <source>Close the counter and sign out</source>
        <translation>关闭窗口并签退</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="105"/>
        <source>Switch between the full window and the slim always-on-top bar</source>
        <translation>在完整界面与置顶精简条之间切换</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="173"/>
        <source>Nobody is waiting for this counter.</source>
        <translation>本窗口暂无人等候。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="266"/>
        <source>Mark {0} as no-show?</source>
        <translation>将 {0} 标记为过号？</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="267"/>
        <source>The customer did not come forward. The ticket ends; they will need a new one.</source>
        <translation>客户未到窗口。此号作废，客户需重新取号。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="268"/>
        <source>Mark no-show</source>
        <translation>标记过号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="268"/>
        <location filename="../src/queuedesk/desk/window.py" line="282"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="269"/>
        <source>Press F5 again to confirm, Esc to cancel.</source>
        <translation>再按 F5 确认，按 Esc 取消。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="278"/>
        <source>{0} was called but never started</source>
        <translation>{0} 已叫号但未开始办理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="279"/>
        <source>Did the customer not come? Then they are marked no-show and the next one is called. If they are at the counter, start their service instead.</source>
        <translation>客户没有来？将其标记为过号并呼叫下一位。如果客户已在窗口，请改为开始办理。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="281"/>
        <source>No-show, call next</source>
        <translation>过号，叫下一位</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="281"/>
        <source>Start service</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="283"/>
        <source>F1: no-show and call next · F3: start service · Esc: cancel</source>
        <translation>F1：过号并叫下一位 · F3：开始办理 · Esc：取消</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="399"/>
        <source>The database is unreachable. Actions are disabled; the desk reconnects by itself.</source>
        <translation>无法连接数据库。操作已暂停，系统正在自动重连。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="405"/>
        <source>Counter desk</source>
        <translation>窗口叫号终端</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="418"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="423"/>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="445"/>
        <source>You were signed out: {0} took the counter.</source>
        <translation>您已被签退：{0} 已接管此窗口。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="446"/>
        <source>You were signed out: the counter was closed elsewhere.</source>
        <translation>您已被签退：此窗口已在别处关闭。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="461"/>
        <source>Counter desk — {0}</source>
        <translation>窗口叫号终端 — {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="464"/>
        <source>Counter desk — sign in</source>
        <translation>窗口叫号终端 — 登录</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="478"/>
        <source>Close the desk</source>
        <translation>关闭叫号终端</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="479"/>
        <source>Sign out of {0} before closing? If you do not, the counter stays open.</source>
        <translation>关闭前是否从{0}签退？若不签退，窗口将保持开放。</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="41"/>
        <source>Pause the counter</source>
        <translation>暂停窗口</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="46"/>
        <source>Why is the counter pausing?</source>
        <translation>请选择暂停原因：</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="53"/>
        <source>Write the reason</source>
        <translation>请填写原因</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="57"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="58"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="85"/>
        <source>Target {0} · maximum {1}</source>
        <translation>目标 {0} · 上限 {1}</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <location filename="../src/queuedesk/desk/rating_panel.py" line="57"/>
        <source>Ratings today</source>
        <translation>今日评价</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/rating_panel.py" line="58"/>
        <source>satisfied</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/rating_panel.py" line="59"/>
        <source>visits rated</source>
        <translation>评价率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/rating_panel.py" line="67"/>
        <source>{0} of {1} ratings satisfied (target {2})</source>
        <translation>{1} 条评价中 {0} 条满意（目标 {2}）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/rating_panel.py" line="69"/>
        <source>{0} of {1} visits served rated</source>
        <translation>已服务 {1} 笔，{0} 笔已评价</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/rating_panel.py" line="73"/>
        <source>No rating yet.</source>
        <translation>暂无评价。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/rating_panel.py" line="78"/>
        <source>Last: {0} · {1}</source>
        <translation>最新：{0} · {1}</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="198"/>
        <source>Waiting for this counter</source>
        <translation>本窗口排队</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="199"/>
        <source>Next in line</source>
        <translation>即将呼叫</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="200"/>
        <source>Parked here</source>
        <translation>本窗口挂起</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="201"/>
        <source>My day</source>
        <translation>今日业绩</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="226"/>
        <source>longest {0}</source>
        <translation>最长等候 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="226"/>
        <source>new ticket: {0}</source>
        <translation>现在取号：{0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="229"/>
        <source>No services.</source>
        <translation>无业务。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="236"/>
        <source>transferred in</source>
        <translation>转入</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="237"/>
        <source>waited {0}</source>
        <translation>已等候 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="248"/>
        <source>and {0} more</source>
        <translation>另有 {0} 人</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="259"/>
        <source>Double-click to call {0} back</source>
        <translation>双击呼回 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="271"/>
        <source>mean service</source>
        <translation>平均办理时长</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="236"/>
        <location filename="../src/queuedesk/desk/side_panel.py" line="266"/>
        <source>None.</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="271"/>
        <source>served</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="272"/>
        <source>no-shows</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="272"/>
        <source>transfers</source>
        <translation>转移</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../src/queuedesk/desk/signin.py" line="80"/>
        <source>Sign in to the counter</source>
        <translation>窗口登录</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/signin.py" line="81"/>
        <source>Signing in opens the counter; signing out closes it.</source>
        <translation>登录即开启窗口，签退即关闭窗口。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/signin.py" line="82"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/signin.py" line="83"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/signin.py" line="84"/>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/signin.py" line="85"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/signin.py" line="98"/>
        <source>{0}, {1}</source>
        <translation>{0}，{1}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/signin.py" line="100"/>
        <source>free</source>
        <translation>空闲</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="26"/>
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="27"/>
        <source>Called</source>
        <translation>已呼叫</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="28"/>
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="29"/>
        <source>Parked</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="30"/>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="31"/>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="32"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="33"/>
        <source>Transferred</source>
        <translation>已转移</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="34"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="39"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="40"/>
        <source>Priority group</source>
        <translation>优先群体</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="41"/>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="42"/>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="43"/>
        <source>Emergency</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="48"/>
        <source>Open</source>
        <translation>营业中</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="49"/>
        <source>Paused</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="50"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="63"/>
        <source>Counter {0}</source>
        <translation>{0}号窗口</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="73"/>
        <source>&lt;1 min</source>
        <translation>不足1分钟</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="74"/>
        <location filename="../src/queuedesk/desk/texts.py" line="78"/>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="88"/>
        <source>call</source>
        <translation>叫号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="89"/>
        <source>recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="90"/>
        <source>start service</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="91"/>
        <source>finish</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="92"/>
        <source>mark no-show</source>
        <translation>标记过号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="93"/>
        <source>park</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="94"/>
        <source>un-park</source>
        <translation>取回</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="95"/>
        <source>transfer</source>
        <translation>转移</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="96"/>
        <source>open</source>
        <translation>开启</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="97"/>
        <source>pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="98"/>
        <source>resume</source>
        <translation>恢复服务</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="118"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="120"/>
        <source>Too many wrong passwords: {0} may try again at {1}.</source>
        <translation>密码错误次数过多：{0} 可在 {1} 后再试。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="122"/>
        <source>{0} does not work at a counter.</source>
        <translation>{0} 不在窗口办理业务。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="123"/>
        <source>{0} may not do that here.</source>
        <translation>{0} 无权在此执行该操作。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="124"/>
        <source>Counter {0} is in use by {1}.</source>
        <translation>{0}号窗口正由 {1} 使用。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="125"/>
        <source>{0} is not signed in at counter {1}.</source>
        <translation>{0} 未登录{1}号窗口。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="127"/>
        <source>{0} is already signed in at counter {1}.</source>
        <translation>{0} 已登录{1}号窗口。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="129"/>
        <source>Counter {0} is {1}, not open.</source>
        <translation>{0}号窗口当前为“{1}”，未开放。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="131"/>
        <source>Counter {0} is {1}; cannot {2}.</source>
        <translation>{0}号窗口当前为“{1}”，无法{2}。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="133"/>
        <source>Ticket {0} is {1}; cannot {2}.</source>
        <translation>{0} 当前为“{1}”，无法{2}。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="135"/>
        <source>No customer at counter {0}; cannot {1}.</source>
        <translation>{0}号窗口当前没有客户，无法{1}。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="138"/>
        <source>{0} was called but never started: start the service or mark no-show.</source>
        <translation>{0} 已叫号但未开始办理：请开始办理或标记过号。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="140"/>
        <source>{0} was recalled {1} times already; mark no-show or call next.</source>
        <translation>{0} 已重呼 {1} 次，请标记过号或呼叫下一位。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="142"/>
        <source>Counter {0} still has {1}; finish or transfer it first.</source>
        <translation>{0}号窗口仍有客户 {1}，请先办结或转移。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="143"/>
        <source>Pausing needs a reason.</source>
        <translation>暂停须填写原因。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="144"/>
        <source>A ticket cannot be transferred to its own counter.</source>
        <translation>不能转移到本窗口。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="145"/>
        <source>{0} is already in service {1}.</source>
        <translation>{0} 已在业务 {1} 中。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="147"/>
        <source>{0} is parked at counter {1}.</source>
        <translation>{0} 挂起在{1}号窗口。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="149"/>
        <source>No ticket {0} today.</source>
        <translation>今天没有 {0} 号。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="150"/>
        <source>Unknown counter {0}.</source>
        <translation>未知窗口 {0}。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="151"/>
        <source>Unknown service {0}.</source>
        <translation>未知业务 {0}。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="152"/>
        <source>{0} has rated the visit at counter {1} already.</source>
        <translation>{0} 已对 {1} 号窗口的本次服务作出评价。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="154"/>
        <source>Counter {0} has no finished visit today to rate.</source>
        <translation>{0} 号窗口今天没有可评价的已办结业务。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="157"/>
        <source>{1} is at counter {0}: ask for a rating once a visit is over.</source>
        <translation>{1} 正在 {0} 号窗口办理：请办结后再请客户评价。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="113"/>
        <source>Database unreachable ({0}).</source>
        <translation>数据库无法连接（{0}）。</translation>
    </message>
</context>
<context>
    <name>TicketChoiceDialog</name>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="178"/>
        <source>Call a waiting ticket</source>
        <translation>指定叫号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="178"/>
        <source>Call a parked ticket back</source>
        <translation>取回挂起的客户</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="181"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="181"/>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="181"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="182"/>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="182"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="190"/>
        <source>Calling out of turn is recorded with your name.</source>
        <translation>不按顺序叫号将以您的名义记录。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="193"/>
        <source>Call</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="194"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="87"/>
        <source>Transfer {0}</source>
        <translation>转移 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="91"/>
        <source>To a service</source>
        <translation>转到业务</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="92"/>
        <source>To a counter</source>
        <translation>转到窗口</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="108"/>
        <source>Note for the next counter (what was done, what is needed)</source>
        <translation>给接办窗口的备注（已办事项、尚需办理）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="115"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="117"/>
        <source>The customer keeps the number and goes to the head of the new queue.</source>
        <translation>客户保留原号码，并排在新队列的最前面。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="121"/>
        <source>Transfer</source>
        <translation>转移</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="122"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>

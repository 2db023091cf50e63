<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CheckInBar</name>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="98"/>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="99"/>
        <source>Check in</source>
        <translation>预约签到</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="235"/>
        <source>Check in with your booking</source>
        <translation>预约签到</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="236"/>
        <source>Enter the 6-digit check-in code of your booking</source>
        <translation>请输入预约时收到的6位签到码</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="237"/>
        <source>Check in</source>
        <translation>签到</translation>
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
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="240"/>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="242"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="255"/>
        <source>Checking in…</source>
        <translation>正在签到…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="272"/>
        <source>No booking today with this code</source>
        <translation>今天没有这个签到码的预约</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="273"/>
        <source>Please check the code, or ask our staff</source>
        <translation>请核对签到码，或咨询工作人员</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="275"/>
        <source>This code has been used: your number is {0}</source>
        <translation>此签到码已使用，您的号码是 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="276"/>
        <source>Please wait for your number to be called</source>
        <translation>请留意叫号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="278"/>
        <source>This booking was cancelled</source>
        <translation>此预约已取消</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="278"/>
        <source>Please take a ticket, or ask our staff</source>
        <translation>请取号，或咨询工作人员</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="280"/>
        <source>The time of your booking has passed</source>
        <translation>您的预约时间已过</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="280"/>
        <source>Please take a ticket</source>
        <translation>请重新取号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="282"/>
        <source>This service is closed now</source>
        <translation>此业务现在不办理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="282"/>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="285"/>
        <source>Please ask our staff</source>
        <translation>请咨询工作人员</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="284"/>
        <source>Please enter all 6 digits</source>
        <translation>请输入完整的6位数字</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="285"/>
        <source>Check-in is not possible now</source>
        <translation>暂时无法签到</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="291"/>
        <source>You are early for your {0} booking: you wait as a normal ticket.</source>
        <translation>您预约的是 {0}，来早了：现按普通号排队。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="293"/>
        <source>You are late for your {0} booking: you wait as a normal ticket.</source>
        <translation>您预约的是 {0}，已迟到：现按普通号排队。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/checkin_page.py" line="294"/>
        <source>Checked in for your {0} booking: you have appointment priority.</source>
        <translation>已签到（预约 {0}）：预约优先。</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="161"/>
        <source>Back to the start in {0} s</source>
        <translation>{0} 秒后返回首页</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="164"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="165"/>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="173"/>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="179"/>
        <source>{0} ahead of you · {1}</source>
        <translation>前面还有 {0} 人 · {1}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="175"/>
        <source>Please ask our staff when it will be served.</source>
        <translation>何时办理请咨询大堂工作人员。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="181"/>
        <source>Nobody is ahead of you · {0}</source>
        <translation>前面没有人等候 · {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="183"/>
        <source>Nobody is ahead of you</source>
        <translation>前面没有人等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="186"/>
        <source>Printing your ticket…</source>
        <translation>正在打印号票…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="187"/>
        <source>Please take your printed ticket</source>
        <translation>请取走打印好的号票</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="188"/>
        <source>Keep it until your number is called.</source>
        <translation>请保管好号票，等候叫号。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="189"/>
        <source>Your ticket could not be printed</source>
        <translation>号票未能打印</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="190"/>
        <source>Your number is valid. Please take a photo of this screen, with its QR code, or ask our staff for help.</source>
        <translation>您的号码有效。请用手机拍下本页（含二维码），或请工作人员帮助。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="192"/>
        <source>Please note your number</source>
        <translation>请记下您的号码</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="193"/>
        <source>Take a photo of this screen: its QR code shows your place in the queue.</source>
        <translation>可用手机拍下本页，扫描二维码查看排队进度。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="195"/>
        <source>Your ticket is ready</source>
        <translation>取号成功</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="195"/>
        <source>Your ticket is issued</source>
        <translation>取号成功</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="202"/>
        <source>When your number is called, please go to the counter shown.</source>
        <translation>叫到您的号码时，请到显示的窗口办理。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="139"/>
        <source>Temporarily unavailable, please wait</source>
        <translation>暂停取号，请稍候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="140"/>
        <source>Tickets cannot be taken right now. The kiosk will be back by itself in a moment; our staff can help you meanwhile.</source>
        <translation>系统暂时无法取号，稍后将自动恢复。如需帮助，请咨询工作人员。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="147"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="153"/>
        <source>Please choose a service</source>
        <translation>请选择业务</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="154"/>
        <source>Touch a button to take your ticket</source>
        <translation>轻触下方按钮取号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="155"/>
        <source>Need help? Please ask our staff.</source>
        <translation>如需帮助，请咨询大堂工作人员。</translation>
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
        <translation>大字高对比模式</translation>
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
        <translation>打印测试</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_slips.py" line="27"/>
        <source>Test print, not a queue ticket</source>
        <translation>测试打印，不是排队号票</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_slips.py" line="28"/>
        <source>Reprint {0}</source>
        <translation>补打 {0}</translation>
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
        <translation>暂无窗口办理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="49"/>
        <source>Served at: {0}</source>
        <translation>办理窗口：{0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="49"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="53"/>
        <source>Other services</source>
        <translation>其他业务</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="56"/>
        <source>Page {0} of {1}</source>
        <translation>第 {0} / {1} 页</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="65"/>
        <source>Not available today</source>
        <translation>暂停办理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="65"/>
        <location filename="../src/queuedesk/kiosk/texts.py" line="70"/>
        <source>Please ask our staff</source>
        <translation>请咨询工作人员</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="67"/>
        <source>Closed now</source>
        <translation>非办理时间</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="67"/>
        <source>Hours {0}</source>
        <translation>办理时间 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="69"/>
        <source>Fully booked today</source>
        <translation>今日已满</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="69"/>
        <source>Please come another day</source>
        <translation>请改日办理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="70"/>
        <source>Not available now</source>
        <translation>暂不能取号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="73"/>
        <source>Taking your ticket…</source>
        <translation>正在取号…</translation>
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
        <translation>本机启动以来尚未发出号票。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/window.py" line="483"/>
        <source>This kiosk has no printer (printer.target is empty).</source>
        <translation>本机未配置打印机（printer.target 为空）。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/window.py" line="488"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/window.py" line="494"/>
        <source>Not printed: {0}</source>
        <translation>未能打印：{0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/window.py" line="496"/>
        <source>Test slip printed.</source>
        <translation>测试单已打印。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/window.py" line="498"/>
        <source>Ticket {0} printed again.</source>
        <translation>{0} 号票已补打。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/window.py" line="516"/>
        <location filename="../src/queuedesk/kiosk/window.py" line="524"/>
        <source>Take a ticket</source>
        <translation>自助取号</translation>
    </message>
</context>
<context>
    <name>PageBar</name>
    <message>
        <location filename="../src/queuedesk/kiosk/pager.py" line="126"/>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/pager.py" line="127"/>
        <source>More</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/pager.py" line="128"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/pager.py" line="129"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../src/queuedesk/kiosk/pin_pad.py" line="137"/>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/pin_pad.py" line="185"/>
        <source>Enter the staff PIN</source>
        <translation>请输入员工密码</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/pin_pad.py" line="204"/>
        <source>Staff PIN</source>
        <translation>员工密码</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/pin_pad.py" line="205"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/pin_pad.py" line="206"/>
        <source>OK</source>
        <translation>确定</translation>
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
        <translation>优先号票</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/priority_page.py" line="141"/>
        <source>1. Choose the priority</source>
        <translation>1. 选择优先类别</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/priority_page.py" line="142"/>
        <source>2. Touch the customer&apos;s business: the ticket is issued at once</source>
        <translation>2. 点选客户要办的业务，立即出票</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/priority_page.py" line="143"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/priority_page.py" line="151"/>
        <source>{0}  {1} (closed now)</source>
        <translation>{0}  {1}（暂停取号）</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_menu.py" line="83"/>
        <source>Staff menu</source>
        <translation>员工菜单</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_menu.py" line="84"/>
        <source>Closes by itself after a minute without a touch.</source>
        <translation>一分钟无操作将自动关闭。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_menu.py" line="85"/>
        <source>Issue a priority ticket</source>
        <translation>发放优先号票</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_menu.py" line="86"/>
        <source>Reprint the last ticket</source>
        <translation>补打上一张号票</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_menu.py" line="87"/>
        <source>Print a test slip</source>
        <translation>打印测试单</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_menu.py" line="88"/>
        <source>Close the menu</source>
        <translation>关闭菜单</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_menu.py" line="89"/>
        <source>Quit the kiosk</source>
        <translation>退出取号机</translation>
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
        <translation>密码错误。还可再试 {0} 次，之后密码键盘锁定 {1} 分钟。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_texts.py" line="33"/>
        <source>Wrong PIN.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_texts.py" line="34"/>
        <source>Too many wrong PINs: the pad is locked. Try again in {0} min.</source>
        <translation>密码错误次数过多，已锁定。请 {0} 分钟后再试。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_texts.py" line="36"/>
        <source>No staff PIN is set for this hall yet. An administrator sets it with: queuedesk kiosk pin</source>
        <translation>尚未设置取号机员工密码。管理员可用此命令设置：queuedesk kiosk pin</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_texts.py" line="38"/>
        <source>The database cannot be reached. Please try again in a moment.</source>
        <translation>无法连接数据库，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_texts.py" line="39"/>
        <source>This needs a staff member who may do it.</source>
        <translation>需由有权限的员工操作。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_texts.py" line="40"/>
        <source>Business {0} takes no tickets now.</source>
        <translation>业务 {0} 现在不能取号。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_texts.py" line="42"/>
        <source>Unknown business {0}.</source>
        <translation>没有业务 {0}。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_texts.py" line="55"/>
        <source>Elderly, disabled, pregnant, military</source>
        <translation>老人、残障人士、孕妇、军人</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_texts.py" line="56"/>
        <source>VIP and wealth customers</source>
        <translation>贵宾及理财客户</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/staff_texts.py" line="57"/>
        <source>Before every queue</source>
        <translation>排在所有队列之前</translation>
    </message>
</context>
</TS>

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
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="160"/>
        <source>Back to the start in {0} s</source>
        <translation>{0} 秒后返回首页</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="163"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="164"/>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="172"/>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="177"/>
        <source>{0} ahead of you · {1}</source>
        <translation>前面还有 {0} 人 · {1}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="174"/>
        <source>Please ask our staff when it will be served.</source>
        <translation>何时办理请咨询大堂工作人员。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="178"/>
        <source>Nobody is ahead of you</source>
        <translation>前面没有人等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="181"/>
        <source>Printing your ticket…</source>
        <translation>正在打印号票…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="182"/>
        <source>Please take your printed ticket</source>
        <translation>请取走打印好的号票</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="183"/>
        <source>Keep it until your number is called.</source>
        <translation>请保管好号票，等候叫号。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="184"/>
        <source>Your ticket could not be printed</source>
        <translation>号票未能打印</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="185"/>
        <source>Your number is valid. Please take a photo of this screen, with its QR code, or ask our staff for help.</source>
        <translation>您的号码有效。请用手机拍下本页（含二维码），或请工作人员帮助。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="187"/>
        <source>Please note your number</source>
        <translation>请记下您的号码</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="188"/>
        <source>Take a photo of this screen: its QR code shows your place in the queue.</source>
        <translation>可用手机拍下本页，扫描二维码查看排队进度。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="190"/>
        <source>Your ticket is ready</source>
        <translation>取号成功</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="190"/>
        <source>Your ticket is issued</source>
        <translation>取号成功</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="197"/>
        <source>When your number is called, please go to the counter shown.</source>
        <translation>叫到您的号码时，请到显示的窗口办理。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="137"/>
        <source>Temporarily unavailable, please wait</source>
        <translation>暂停取号，请稍候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="138"/>
        <source>Tickets cannot be taken right now. The kiosk will be back by itself in a moment; our staff can help you meanwhile.</source>
        <translation>系统暂时无法取号，稍后将自动恢复。如需帮助，请咨询工作人员。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="145"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="151"/>
        <source>Please choose a service</source>
        <translation>请选择业务</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="152"/>
        <source>Touch a button to take your ticket</source>
        <translation>轻触下方按钮取号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/home.py" line="153"/>
        <source>Need help? Please ask our staff.</source>
        <translation>如需帮助，请咨询大堂工作人员。</translation>
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
        <translation>大字高对比模式</translation>
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
        <location filename="../src/queuedesk/kiosk/texts.py" line="61"/>
        <source>No wait</source>
        <translation>无需等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="67"/>
        <source>Not available today</source>
        <translation>暂停办理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="67"/>
        <location filename="../src/queuedesk/kiosk/texts.py" line="72"/>
        <source>Please ask our staff</source>
        <translation>请咨询工作人员</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="69"/>
        <source>Closed now</source>
        <translation>非办理时间</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="69"/>
        <source>Hours {0}</source>
        <translation>办理时间 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="71"/>
        <source>Fully booked today</source>
        <translation>今日已满</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="71"/>
        <source>Please come another day</source>
        <translation>请改日办理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="72"/>
        <source>Not available now</source>
        <translation>暂不能取号</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/texts.py" line="75"/>
        <source>Taking your ticket…</source>
        <translation>正在取号…</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../src/queuedesk/kiosk/window.py" line="269"/>
        <location filename="../src/queuedesk/kiosk/window.py" line="277"/>
        <source>Take a ticket</source>
        <translation>自助取号</translation>
    </message>
</context>
<context>
    <name>PageBar</name>
    <message>
        <location filename="../src/queuedesk/kiosk/pager.py" line="125"/>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/pager.py" line="126"/>
        <source>More</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/pager.py" line="127"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/pager.py" line="128"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
</context>
</TS>

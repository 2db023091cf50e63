<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="151"/>
        <source>Back to the start in {0} s</source>
        <translation>{0} 秒后返回首页</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="154"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="155"/>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="163"/>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="169"/>
        <source>{0} ahead of you · {1}</source>
        <translation>前面还有 {0} 人 · {1}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="165"/>
        <source>Please ask our staff when it will be served.</source>
        <translation>何时办理请咨询大堂工作人员。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="171"/>
        <source>Nobody is ahead of you · {0}</source>
        <translation>前面没有人等候 · {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="173"/>
        <source>Nobody is ahead of you</source>
        <translation>前面没有人等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="176"/>
        <source>Printing your ticket…</source>
        <translation>正在打印号票…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="177"/>
        <source>Please take your printed ticket</source>
        <translation>请取走打印好的号票</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="178"/>
        <source>Keep it until your number is called.</source>
        <translation>请保管好号票，等候叫号。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="179"/>
        <source>Your ticket could not be printed</source>
        <translation>号票未能打印</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="180"/>
        <source>Your number is valid. Please take a photo of this screen, with its QR code, or ask our staff for help.</source>
        <translation>您的号码有效。请用手机拍下本页（含二维码），或请工作人员帮助。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="182"/>
        <source>Please note your number</source>
        <translation>请记下您的号码</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="183"/>
        <source>Take a photo of this screen: its QR code shows your place in the queue.</source>
        <translation>可用手机拍下本页，扫描二维码查看排队进度。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="185"/>
        <source>Your ticket is ready</source>
        <translation>取号成功</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="185"/>
        <source>Your ticket is issued</source>
        <translation>取号成功</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/kiosk/confirmation.py" line="192"/>
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
        <location filename="../src/queuedesk/kiosk/window.py" line="229"/>
        <location filename="../src/queuedesk/kiosk/window.py" line="236"/>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
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
        <translation>已連線</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/compact.py" line="167"/>
        <source>Database unreachable</source>
        <translation>資料庫無法連線</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/compact.py" line="146"/>
        <location filename="../src/queuedesk/desk/compact.py" line="184"/>
        <source>Offline — reconnecting…</source>
        <translation>離線 — 正在重連…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/compact.py" line="148"/>
        <location filename="../src/queuedesk/desk/compact.py" line="182"/>
        <source>Free</source>
        <translation>空閒</translation>
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
        <translation>目前客戶</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="83"/>
        <source>Current number</source>
        <translation>目前號碼</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="101"/>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="108"/>
        <source>In service</source>
        <translation>辦理用時</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="109"/>
        <source>Since the call</source>
        <translation>呼叫後</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="112"/>
        <source>Recalled ×{0}</source>
        <translation>已重新叫號 {0} 次</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="118"/>
        <source>Transferred in — note: {0}</source>
        <translation>轉入客戶 — 備註：{0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="119"/>
        <source>Transferred in (no note)</source>
        <translation>轉入客戶（無備註）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="123"/>
        <source>Press Start service when the customer arrives.</source>
        <translation>客戶到達後，請按「開始辦理」（F3）。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="133"/>
        <source>Paused</source>
        <translation>暫停服務</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="134"/>
        <source>Reason: {0}. Resume (F10) to call again.</source>
        <translation>原因：{0}。按「恢復服務」（F10）繼續叫號。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="137"/>
        <source>Closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="138"/>
        <source>Open the counter (F10) to call.</source>
        <translation>請先開啟櫃檯（F10）再叫號。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="140"/>
        <source>Ready to call</source>
        <translation>等待叫號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="142"/>
        <source>{0} waiting for this counter. Press Call next (F1).</source>
        <translation>本櫃檯有 {0} 人等候。按「叫號」（F1）呼叫下一位。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/current.py" line="143"/>
        <source>Nobody is waiting for this counter.</source>
        <translation>本櫃檯暫無人等候。</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="73"/>
        <source>Pause…</source>
        <translation>暫停…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="73"/>
        <source>Resume</source>
        <translation>恢復服務</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="74"/>
        <source>Open counter</source>
        <translation>開啟櫃檯</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="76"/>
        <source>Call next</source>
        <translation>叫號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="77"/>
        <source>Recall</source>
        <translation>重新叫號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="78"/>
        <source>Start service</source>
        <translation>開始辦理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="79"/>
        <source>Finish</source>
        <translation>辦理完成</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="80"/>
        <source>No-show</source>
        <translation>過號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="81"/>
        <source>Transfer…</source>
        <translation>轉移…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="82"/>
        <source>Park</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="83"/>
        <source>Un-park…</source>
        <translation>叫回保留…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="84"/>
        <source>Call a number…</source>
        <translation>指定叫號…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="86"/>
        <source>Ask for a rating</source>
        <translation>請評價</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="87"/>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="88"/>
        <source>Full view</source>
        <translation>完整介面</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="88"/>
        <source>Compact bar</source>
        <translation>精簡列</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="93"/>
        <source>Finish the current customer and call the next one in line</source>
        <translation>完成目前客戶並呼叫下一位</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="94"/>
        <source>Announce the current number again</source>
        <translation>再次播報目前號碼</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="95"/>
        <source>The customer has arrived: start the service clock</source>
        <translation>客戶已到達：開始計算辦理時間</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="96"/>
        <source>The service is done</source>
        <translation>業務已辦完</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="97"/>
        <source>The customer did not come</source>
        <translation>客戶未到</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="98"/>
        <source>Send the customer to another service or counter, with a note</source>
        <translation>將客戶轉到其他服務項目或櫃檯，並附備註</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="99"/>
        <source>Set the customer aside (e.g. to fill in a form) and serve the next</source>
        <translation>請客戶暫時離開（如填寫表格），先辦理下一位</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="100"/>
        <source>Call a parked customer back</source>
        <translation>叫回保留的客戶</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="101"/>
        <source>Call a specific waiting ticket out of turn (recorded)</source>
        <translation>不按順序呼叫指定的等候號碼（留有記錄）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="102"/>
        <source>Pause the counter with a reason, or resume</source>
        <translation>填寫原因暫停櫃檯，或恢復服務</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="103"/>
        <source>Ask the customer just served to rate the visit on the counter&apos;s rating screen</source>
        <translation>請剛辦完業務的客戶在櫃檯評價器上評價本次服務</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="104"/>
        <source>Close the counter and sign out</source>
        <translation>關閉櫃檯並登出</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/actions.py" line="105"/>
        <source>Switch between the full window and the slim always-on-top bar</source>
        <translation>在完整介面與置頂精簡列之間切換</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="173"/>
        <source>Nobody is waiting for this counter.</source>
        <translation>本櫃檯暫無人等候。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="266"/>
        <source>Mark {0} as no-show?</source>
        <translation>將 {0} 標記為過號？</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="267"/>
        <source>The customer did not come forward. The ticket ends; they will need a new one.</source>
        <translation>客戶未到櫃檯。此號作廢，客戶需重新抽號碼牌。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="268"/>
        <source>Mark no-show</source>
        <translation>標記過號</translation>
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
        <translation>再按 F5 確認，按 Esc 取消。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="278"/>
        <source>{0} was called but never started</source>
        <translation>{0} 已叫號但未開始辦理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="279"/>
        <source>Did the customer not come? Then they are marked no-show and the next one is called. If they are at the counter, start their service instead.</source>
        <translation>客戶沒有來？將其標記為過號並呼叫下一位。如果客戶已在櫃檯，請改為開始辦理。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="281"/>
        <source>No-show, call next</source>
        <translation>過號，叫下一位</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="281"/>
        <source>Start service</source>
        <translation>開始辦理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="283"/>
        <source>F1: no-show and call next · F3: start service · Esc: cancel</source>
        <translation>F1：過號並叫下一位 · F3：開始辦理 · Esc：取消</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="399"/>
        <source>The database is unreachable. Actions are disabled; the desk reconnects by itself.</source>
        <translation>無法連線資料庫。操作已暫停，系統正在自動重連。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="405"/>
        <source>Counter desk</source>
        <translation>櫃檯叫號系統</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="418"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="423"/>
        <source>Working…</source>
        <translation>處理中…</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="445"/>
        <source>You were signed out: {0} took the counter.</source>
        <translation>您已被登出：{0} 已接管此櫃檯。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="446"/>
        <source>You were signed out: the counter was closed elsewhere.</source>
        <translation>您已被登出：此櫃檯已在別處關閉。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="461"/>
        <source>Counter desk — {0}</source>
        <translation>櫃檯叫號系統 — {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="464"/>
        <source>Counter desk — sign in</source>
        <translation>櫃檯叫號系統 — 登入</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="478"/>
        <source>Close the desk</source>
        <translation>關閉櫃檯叫號系統</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/window.py" line="479"/>
        <source>Sign out of {0} before closing? If you do not, the counter stays open.</source>
        <translation>關閉前是否登出{0}？若不登出，櫃檯將保持開放。</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="41"/>
        <source>Pause the counter</source>
        <translation>暫停櫃檯</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="46"/>
        <source>Why is the counter pausing?</source>
        <translation>請選擇暫停原因：</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="53"/>
        <source>Write the reason</source>
        <translation>請填寫原因</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="57"/>
        <source>Pause</source>
        <translation>暫停</translation>
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
        <translation>目標 {0} · 上限 {1}</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <location filename="../src/queuedesk/desk/rating_panel.py" line="57"/>
        <source>Ratings today</source>
        <translation>今日評價</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/rating_panel.py" line="58"/>
        <source>satisfied</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/rating_panel.py" line="59"/>
        <source>visits rated</source>
        <translation>評價率</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/rating_panel.py" line="67"/>
        <source>{0} of {1} ratings satisfied (target {2})</source>
        <translation>{1} 筆評價中 {0} 筆滿意（目標 {2}）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/rating_panel.py" line="69"/>
        <source>{0} of {1} visits served rated</source>
        <translation>已服務 {1} 筆，{0} 筆已評價</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/rating_panel.py" line="73"/>
        <source>No rating yet.</source>
        <translation>尚無評價。</translation>
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
        <translation>本櫃檯排隊</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="199"/>
        <source>Next in line</source>
        <translation>即將呼叫</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="200"/>
        <source>Parked here</source>
        <translation>本櫃檯保留</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="201"/>
        <source>My day</source>
        <translation>今日業績</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="226"/>
        <source>longest {0}</source>
        <translation>最長等候 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="226"/>
        <source>new ticket: {0}</source>
        <translation>現在取號：{0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="229"/>
        <source>No services.</source>
        <translation>無服務項目。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="236"/>
        <source>transferred in</source>
        <translation>轉入</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="236"/>
        <location filename="../src/queuedesk/desk/side_panel.py" line="266"/>
        <source>None.</source>
        <translation>無</translation>
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
        <translation>雙擊呼回 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="271"/>
        <source>served</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="271"/>
        <source>mean service</source>
        <translation>平均辦理時間</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="272"/>
        <source>no-shows</source>
        <translation>過號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/side_panel.py" line="272"/>
        <source>transfers</source>
        <translation>轉移</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../src/queuedesk/desk/signin.py" line="80"/>
        <source>Sign in to the counter</source>
        <translation>櫃檯登入</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/signin.py" line="81"/>
        <source>Signing in opens the counter; signing out closes it.</source>
        <translation>登入即開啟櫃檯，登出即關閉櫃檯。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/signin.py" line="82"/>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/signin.py" line="83"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/signin.py" line="84"/>
        <source>Counter</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/signin.py" line="85"/>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/signin.py" line="98"/>
        <source>{0}, {1}</source>
        <translation>{0}，{1}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/signin.py" line="100"/>
        <source>free</source>
        <translation>空閒</translation>
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
        <translation>辦理中</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="29"/>
        <source>Parked</source>
        <translation>已保留</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="30"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="31"/>
        <source>No-show</source>
        <translation>過號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="32"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="33"/>
        <source>Transferred</source>
        <translation>已轉移</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="34"/>
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="39"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="40"/>
        <source>Priority group</source>
        <translation>優先群體</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="41"/>
        <source>VIP</source>
        <translation>貴賓</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="42"/>
        <source>Appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="43"/>
        <source>Emergency</source>
        <translation>綠色通道</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="48"/>
        <source>Open</source>
        <translation>營業中</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="49"/>
        <source>Paused</source>
        <translation>暫停服務</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="50"/>
        <source>Closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="63"/>
        <source>Counter {0}</source>
        <translation>{0}號櫃檯</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="73"/>
        <source>&lt;1 min</source>
        <translation>不足1分鐘</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="74"/>
        <location filename="../src/queuedesk/desk/texts.py" line="78"/>
        <source>{0} min</source>
        <translation>{0} 分鐘</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="88"/>
        <source>call</source>
        <translation>叫號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="89"/>
        <source>recall</source>
        <translation>重新叫號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="90"/>
        <source>start service</source>
        <translation>開始辦理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="91"/>
        <source>finish</source>
        <translation>完成辦理</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="92"/>
        <source>mark no-show</source>
        <translation>標記過號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="93"/>
        <source>park</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="94"/>
        <source>un-park</source>
        <translation>叫回</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="95"/>
        <source>transfer</source>
        <translation>轉移</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="96"/>
        <source>open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="97"/>
        <source>pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="98"/>
        <source>resume</source>
        <translation>恢復服務</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="113"/>
        <source>Database unreachable ({0}).</source>
        <translation>資料庫無法連線（{0}）。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="118"/>
        <source>Wrong user name or password.</source>
        <translation>使用者名稱或密碼錯誤。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="120"/>
        <source>Too many wrong passwords: {0} may try again at {1}.</source>
        <translation>密碼錯誤次數過多：{0} 可於 {1} 後再試。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="122"/>
        <source>{0} does not work at a counter.</source>
        <translation>{0} 不在櫃檯辦理業務。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="123"/>
        <source>{0} may not do that here.</source>
        <translation>{0} 無權在此執行該操作。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="124"/>
        <source>Counter {0} is in use by {1}.</source>
        <translation>{0}號櫃檯正由 {1} 使用。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="125"/>
        <source>{0} is not signed in at counter {1}.</source>
        <translation>{0} 未登入{1}號櫃檯。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="127"/>
        <source>{0} is already signed in at counter {1}.</source>
        <translation>{0} 已登入{1}號櫃檯。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="129"/>
        <source>Counter {0} is {1}, not open.</source>
        <translation>{0}號櫃檯目前為「{1}」，未開放。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="131"/>
        <source>Counter {0} is {1}; cannot {2}.</source>
        <translation>{0}號櫃檯目前為「{1}」，無法{2}。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="133"/>
        <source>Ticket {0} is {1}; cannot {2}.</source>
        <translation>{0} 目前為「{1}」，無法{2}。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="135"/>
        <source>No customer at counter {0}; cannot {1}.</source>
        <translation>{0}號櫃檯目前沒有客戶，無法{1}。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="138"/>
        <source>{0} was called but never started: start the service or mark no-show.</source>
        <translation>{0} 已叫號但未開始辦理：請開始辦理或標記過號。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="140"/>
        <source>{0} was recalled {1} times already; mark no-show or call next.</source>
        <translation>{0} 已重新叫號 {1} 次，請標記過號或呼叫下一位。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="142"/>
        <source>Counter {0} still has {1}; finish or transfer it first.</source>
        <translation>{0}號櫃檯仍有客戶 {1}，請先辦結或轉移。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="143"/>
        <source>Pausing needs a reason.</source>
        <translation>暫停須填寫原因。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="144"/>
        <source>A ticket cannot be transferred to its own counter.</source>
        <translation>不能轉移到本櫃檯。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="145"/>
        <source>{0} is already in service {1}.</source>
        <translation>{0} 已在服務項目 {1} 中。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="147"/>
        <source>{0} is parked at counter {1}.</source>
        <translation>{0} 保留在{1}號櫃檯。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="149"/>
        <source>No ticket {0} today.</source>
        <translation>今天沒有 {0} 號。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="150"/>
        <source>Unknown counter {0}.</source>
        <translation>未知櫃檯 {0}。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="151"/>
        <source>Unknown service {0}.</source>
        <translation>未知服務項目 {0}。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="152"/>
        <source>{0} has rated the visit at counter {1} already.</source>
        <translation>{0} 已對 {1} 號櫃檯的本次服務作出評價。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="154"/>
        <source>Counter {0} has no finished visit today to rate.</source>
        <translation>{0} 號櫃檯今天沒有可評價的已辦結業務。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/texts.py" line="157"/>
        <source>{1} is at counter {0}: ask for a rating once a visit is over.</source>
        <translation>{1} 正在 {0} 號櫃檯辦理：請辦結後再請客戶評價。</translation>
    </message>
</context>
<context>
    <name>TicketChoiceDialog</name>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="178"/>
        <source>Call a waiting ticket</source>
        <translation>指定叫號</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="178"/>
        <source>Call a parked ticket back</source>
        <translation>叫回保留的客戶</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="181"/>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="181"/>
        <source>Service</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="181"/>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="182"/>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="182"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="190"/>
        <source>Calling out of turn is recorded with your name.</source>
        <translation>不按順序叫號將以您的名義記錄。</translation>
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
        <translation>轉移 {0}</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="91"/>
        <source>To a service</source>
        <translation>轉到其他服務項目</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="92"/>
        <source>To a counter</source>
        <translation>轉到櫃檯</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="108"/>
        <source>Note for the next counter (what was done, what is needed)</source>
        <translation>給接辦櫃檯的備註（已辦事項、尚需辦理）</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="115"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="117"/>
        <source>The customer keeps the number and goes to the head of the new queue.</source>
        <translation>客戶保留原號碼，並排在新佇列的最前面。</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="121"/>
        <source>Transfer</source>
        <translation>轉移</translation>
    </message>
    <message>
        <location filename="../src/queuedesk/desk/dialogs.py" line="122"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>

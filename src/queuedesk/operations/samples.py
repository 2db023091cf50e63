"""The sample halls (bank, hospital, government): their data, apart from the use case that
loads them (operations.setup.load_sample), so the command line can list them without
loading any use case."""
from __future__ import annotations

# -- sample halls ------------------------------------------------------------------------
# Realistic set-ups for demos and tests. They take tickets all day so that a demo works
# whenever it is run; real opening hours are set per service (`--hours`). Every account
# gets a generated password, printed once by `init --sample` (the demo gives its own).

SAMPLES: dict[str, dict] = {
    "bank": {
        "services": [
            # code, names (zh_CN, zh_TW, en), prefix, target, max, expected service minutes
            ("A", ("个人现金业务", "個人現金業務", "Personal cash"), "A", 10, 20, 4),
            ("B", ("个人非现金业务", "個人非現金業務", "Personal non-cash"), "B", 10, 20, 6),
            ("C", ("对公业务", "企業金融業務", "Corporate banking"), "C", 15, 30, 12),
            ("D", ("开卡与挂失", "開卡與掛失", "Cards & loss reports"), "D", 10, 20, 8),
            ("V", ("贵宾理财", "貴賓理財", "VIP & wealth"), "V", 5, 15, 15),
        ],
        "counters": [(1, "A,B"), (2, "A,B"), (3, "B,A,D"), (4, "C"), (5, "D,B"), (6, "V,C")],
        # Share of arrivals per service (used by the simulation and the demo).
        "mix": {"A": 0.35, "B": 0.35, "C": 0.08, "D": 0.15, "V": 0.07},
        # Customers an hour through the day (local hour, customers): what `queuedesk
        # simulate` and `queuedesk plan` take for the sample's day. A bank's morning peak.
        "profile": ((9, 72), (10, 60), (11, 45), (12, 30), (13, 32), (14, 40), (15, 45), (16, 36)),
        # user, names (zh_CN, zh_TW, en), staff number
        "staff": [("li", ("李娜", "李娜", "Li Na"), "T001"), ("wang", ("王强", "王強", "Wang Qiang"), "T002"),
                  ("zhang", ("张伟", "張偉", "Zhang Wei"), "T003"), ("liu", ("刘洋", "劉洋", "Liu Yang"), "T004"),
                  ("chen", ("陈静", "陳靜", "Chen Jing"), "T005"), ("zhao", ("赵敏", "趙敏", "Zhao Min"), "T006")],
        "branch_name": ("示例银行 中心支行", "示例銀行 中心分行", "Demo Bank Central Branch"),
        "notice": ("营业时间 09:00-17:00 · 现金业务请提前填好凭条 · 贵宾客户请到贵宾室",
                   "營業時間 09:00-17:00 · 現金業務請先填妥單據 · 貴賓客戶請至貴賓室",
                   "Open 09:00-17:00 · Please fill in your slip before cash business · VIP customers: VIP room"),
        "counter_names": {6: ("贵宾室", "貴賓室", "VIP room")},
        # Bookable business types (预约): slot minutes, places per slot, days ahead.
        "bookable": {"C": (30, 2, 14), "V": (30, 2, 14)},
        "voice": ("请 {number} 号顾客 到 {place} 办理", "請 {number} 號顧客 到 {place} 辦理",
                  "Customer {number}, please go to {place}"),
    },
    "hospital": {
        "services": [
            ("R", ("挂号收费", "掛號批價", "Registration & payment"), "R", 10, 20, 3),
            ("M", ("内科", "內科", "Internal medicine"), "M", 15, 30, 8),
            ("S", ("外科", "外科", "Surgery"), "S", 15, 30, 8),
            ("P", ("儿科", "兒科", "Paediatrics"), "P", 15, 30, 10),
            ("L", ("检验取报告", "檢驗報告領取", "Lab reports"), "L", 5, 15, 2),
            ("Y", ("药房取药", "藥局領藥", "Pharmacy"), "Y", 10, 20, 3),
        ],
        "counters": [(1, "R"), (2, "R"), (3, "R,L"), (4, "M"), (5, "M"), (6, "S"), (7, "P"),
                     (8, "Y"), (9, "Y,L")],
        "mix": {"R": 0.3, "M": 0.2, "S": 0.1, "P": 0.1, "L": 0.1, "Y": 0.2},
        "profile": ((8, 45), (9, 55), (10, 50), (11, 40), (13, 25), (14, 40), (15, 35), (16, 25)),
        "staff": [("nurse1", ("周护士", "周護士", "Nurse Zhou"), "N001"),
                  ("nurse2", ("吴护士", "吳護士", "Nurse Wu"), "N002"),
                  ("dr_sun", ("孙医生", "孫醫生", "Dr Sun"), "D001"),
                  ("dr_zheng", ("郑医生", "鄭醫生", "Dr Zheng"), "D002"),
                  ("pharm", ("冯药师", "馮藥師", "Pharmacist Feng"), "P001")],
        "branch_name": ("示例医院 门诊大厅", "示例醫院 門診大廳", "Demo Hospital Outpatient Hall"),
        "notice": ("门诊时间 08:00-12:00, 13:30-17:30 · 请保持安静 · 急诊患者请直接到急诊科",
                   "門診時間 08:00-12:00, 13:30-17:30 · 請保持安靜 · 急診病患請直接至急診室",
                   "Outpatients 08:00-12:00, 13:30-17:30 · Please keep quiet · Emergencies: go straight to A&E"),
        "counter_names": {1: ("挂号收费1号窗口", "掛號批價1號櫃檯", "Registration 1"),
                          2: ("挂号收费2号窗口", "掛號批價2號櫃檯", "Registration 2"),
                          3: ("挂号收费3号窗口", "掛號批價3號櫃檯", "Registration 3"),
                          4: ("内科1诊室", "內科1診間", "Internal medicine room 1"),
                          5: ("内科2诊室", "內科2診間", "Internal medicine room 2"),
                          6: ("外科诊室", "外科診間", "Surgery room"),
                          7: ("儿科诊室", "兒科診間", "Paediatrics room"),
                          8: ("药房1号窗口", "藥局1號櫃檯", "Pharmacy 1"),
                          9: ("药房2号窗口", "藥局2號櫃檯", "Pharmacy 2")},
        # Hospitals run most visits by appointment: the consulting rooms and lab reports.
        "bookable": {"M": (15, 4, 14), "S": (15, 3, 14), "P": (15, 3, 14), "L": (30, 10, 7)},
        # One sentence for the consulting rooms, the pharmacy and the cashier alike: no verb
        # ("就诊" at the pharmacy would be wrong), the patient addressed as one.
        "voice": ("请 {number} 号患者 到 {place}", "請 {number} 號病患 到 {place}",
                  "Patient {number}, please go to {place}"),
    },
    "government": {
        "services": [
            ("H", ("户籍业务", "戶籍業務", "Household registration"), "H", 10, 20, 10),
            ("T", ("税务申报", "稅務申報", "Tax filing"), "T", 10, 20, 12),
            ("S", ("社保医保", "勞保健保", "Social & medical insurance"), "S", 10, 20, 8),
            ("E", ("工商登记", "商業登記", "Business registration"), "E", 15, 30, 15),
            ("Z", ("综合咨询", "綜合諮詢", "General enquiries"), "Z", 5, 15, 4),
        ],
        "counters": [(1, "Z,H,T,S,E"), (2, "H"), (3, "H,S"), (4, "T"), (5, "T,E"), (6, "S"),
                     (7, "E"), (8, "Z,H,T,S,E")],
        "mix": {"H": 0.25, "T": 0.2, "S": 0.25, "E": 0.1, "Z": 0.2},
        "profile": ((9, 45), (10, 48), (11, 40), (12, 20), (13, 20), (14, 40), (15, 42), (16, 30)),
        "staff": [("clerk1", ("黄敏", "黃敏", "Huang Min"), "G001"), ("clerk2", ("林涛", "林濤", "Lin Tao"), "G002"),
                  ("clerk3", ("何丽", "何麗", "He Li"), "G003"), ("clerk4", ("高峰", "高峰", "Gao Feng"), "G004")],
        "branch_name": ("示例区政务服务中心", "示例區政府服務中心", "Demo District Service Centre"),
        "notice": ("办公时间 09:00-17:00 · 一窗受理 一次办好 · 请备齐证件原件",
                   "辦公時間 09:00-17:00 · 單一窗口 一次辦妥 · 請備妥證件正本",
                   "Open 09:00-17:00 · One window, one visit · Please bring your original documents"),
        "counter_names": {1: ("综合受理1号窗口", "綜合受理1號櫃檯", "General desk 1"),
                          8: ("综合受理2号窗口", "綜合受理2號櫃檯", "General desk 2")},
        "voice": ("请 {number} 号 到 {place} 办理", "請 {number} 號 到 {place} 辦理",
                  "Number {number}, please go to {place}"),
    },
}
#: What every sample hall prints on its tickets (zh_CN, zh_TW, en).
SAMPLE_FOOTER = ("过号请重新取号", "過號請重新取號", "Please take a new ticket if you miss your call")
_SAMPLE_LANGS = ("zh_CN", "zh_TW", "en")
#: The accounts every sample hall has besides its tellers: user, role, names (zh_CN, zh_TW, en).
SAMPLE_OFFICE = (("admin", "admin", ("管理员", "管理員", "Administrator")),
                 ("manager", "manager", ("大堂经理", "大堂經理", "Lobby manager")))

#: The length of a sample account's generated password.
GENERATED_PASSWORD_LENGTH = 10

"""A big hall for layout tests and screenshots: up to 40 business types with real-length
names in three languages, in three groups, and up to 60 counters, some with names.

    python -m tests.support.big_hall sqlite:///big.sqlite3 --services 30 --counters 40 --busy

makes one on disk (for `queuedesk kiosk --screenshot`, `display --screenshot`).
"""
from __future__ import annotations

import argparse

from queuedesk.domain.languages import LocalText
from queuedesk.domain.model import Service
from queuedesk.operations import calling, counters, setup, texts, tickets
from queuedesk.operations.hall import Hall

GROUPS = (("P", ("个人业务", "個人業務", "Personal")), ("B", ("企业业务", "企業業務", "Business")),
          ("O", ("其他", "其他", "Other")))

#: (prefix, group, zh_CN, zh_TW, en): a one-stop service centre's business types.
SERVICES = (
    ("A", "P", "个人现金存取款", "個人現金存提款", "Personal cash deposits & withdrawals"),
    ("B", "P", "个人转账汇款", "個人轉帳匯款", "Personal transfers & remittances"),
    ("C", "P", "开卡与挂失", "開卡與掛失", "Cards & loss reports"),
    ("D", "P", "个人贷款咨询", "個人貸款諮詢", "Personal loan enquiries"),
    ("E", "P", "理财与基金", "理財與基金", "Wealth management & funds"),
    ("F", "P", "外币兑换", "外幣兌換", "Foreign exchange"),
    ("G", "P", "社保卡业务", "社保卡業務", "Social security cards"),
    ("H", "P", "养老金领取", "養老金領取", "Pension collection"),
    ("J", "P", "个人所得税申报", "個人綜合所得稅申報", "Personal income tax returns"),
    ("K", "P", "住房公积金提取", "住房公積金提取", "Housing provident fund withdrawals"),
    ("L", "P", "户籍与身份证", "戶籍與身分證", "Household registration & ID cards"),
    ("M", "P", "出入境证件办理", "出入境證件辦理", "Passports & travel permits"),
    ("N", "B", "企业开户", "企業開戶", "Business account opening"),
    ("P", "B", "对公结算", "企業結算", "Business payments & settlement"),
    ("Q", "B", "企业贷款", "企業貸款", "Business loans"),
    ("R", "B", "工商登记", "商業登記", "Company registration"),
    ("S", "B", "企业税务申报", "營利事業所得稅申報", "Corporate tax returns"),
    ("T", "B", "发票领购", "發票領購", "Buying invoices"),
    ("U", "B", "进出口业务", "進出口業務", "Import & export"),
    ("V", "B", "单位社保登记", "投保單位勞保登記", "Employer social insurance registration"),
    ("W", "B", "对公理财", "企業理財", "Corporate treasury"),
    ("X", "B", "票据业务", "票據業務", "Bills & notes"),
    ("Y", "O", "综合咨询", "綜合諮詢", "General enquiries"),
    ("Z", "O", "投诉与建议", "申訴與建議", "Complaints & suggestions"),
    ("YA", "O", "预约取号", "預約取號", "Appointment check-in"),
    ("YB", "O", "老年人绿色通道", "長者綠色通道", "Green channel for the elderly"),
    ("YC", "O", "残疾人服务", "身心障礙者服務", "Services for disabled customers"),
    ("YD", "O", "证明开具", "證明開立", "Certificates & attestations"),
    ("YE", "O", "自助设备协助", "自助設備協助", "Help with self-service machines"),
    ("YF", "O", "其他业务", "其他業務", "Other business"),
    ("YG", "P", "存款证明", "存款證明", "Deposit certificates"),
    ("YH", "P", "个人外汇汇款", "個人外匯匯款", "Personal foreign remittances"),
    ("YJ", "B", "企业网银开通", "企業網銀開通", "Business online banking"),
    ("YK", "B", "企业年报", "企業年報", "Company annual reports"),
    ("YL", "O", "遗失物品招领", "遺失物招領", "Lost property"),
    ("YM", "P", "医保报销", "健保核退", "Medical insurance claims"),
    ("YN", "P", "车辆登记", "車輛登記", "Vehicle registration"),
    ("YP", "B", "海关申报", "海關申報", "Customs declarations"),
    ("YQ", "O", "志愿者服务", "志工服務", "Volunteer desk"),
    ("YR", "P", "不动产登记", "不動產登記", "Property registration"),
)

#: Counters that have names of their own (the others are "N号窗口").
COUNTER_NAMES = {
    38: ("贵宾室1", "貴賓室1", "VIP room 1"), 39: ("贵宾室2", "貴賓室2", "VIP room 2"),
    40: ("综合咨询台", "綜合諮詢台", "Enquiry desk"), 12: ("内科3诊室", "內科3診間", "Internal medicine room 3"),
    55: ("企业服务专窗", "企業服務專櫃", "Business service desk"),
}


def build(hall: Hall, services: int = 30, counter_count: int = 40, busy: bool = False,
          groups: bool = True, waiting: int = 2) -> None:
    """Business types, counters (each serving two or three types), and with `busy` a
    called ticket at every counter and `waiting` more in every queue."""
    chosen = SERVICES[:services]
    if groups:
        for code, names in GROUPS:
            if any(g == code for _, g, *_ in chosen):
                setup.add_group(hall, code, dict(zip(("zh_CN", "zh_TW", "en"), names)))
    for prefix, group, zh, tw, en in chosen:
        setup.add_service(hall, Service(prefix, LocalText({"zh_CN": zh, "zh_TW": tw, "en": en}), prefix,
                                        expected_service_min=6, group=group if groups else None))
    codes = [s[0] for s in chosen]
    for n in range(1, counter_count + 1):
        serves = [codes[(n - 1) % len(codes)], codes[(n + 6) % len(codes)], codes[(n * 3) % len(codes)]]
        names = COUNTER_NAMES.get(n)
        setup.add_counter(hall, n, list(dict.fromkeys(serves)),
                          dict(zip(("zh_CN", "zh_TW", "en"), names)) if names else None)
        counters.open_counter(hall, n)
    if busy:
        for code in codes:
            for _ in range(waiting + 2):
                tickets.issue_ticket(hall, code)
        for n in range(1, counter_count + 1):
            calling.call_next(hall, n)
    texts.set_hall_text(hall, "branch_name", {"zh_CN": "示例市民中心 政务与金融服务大厅", "zh_TW": "示例市民中心 政府與金融服務大廳",
                                              "en": "Demo Civic Centre, Government & Banking Services Hall"})
    texts.set_hall_text(hall, "notice", {"zh_CN": "办公时间 09:00-17:00 · 一窗受理 一次办好 · 请备齐证件原件",
                                         "zh_TW": "辦公時間 09:00-17:00 · 單一窗口 一次辦妥 · 請備妥證件正本",
                                         "en": "Open 09:00-17:00 · One window, one visit · Please bring original documents"})


def main() -> int:
    from queuedesk.store import migrate
    from queuedesk.store.database import Database

    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--services", type=int, default=30)
    parser.add_argument("--counters", type=int, default=40)
    parser.add_argument("--busy", action="store_true")
    parser.add_argument("--no-groups", action="store_true")
    args = parser.parse_args()
    db = Database(args.url)
    migrate.upgrade(db)
    build(Hall(db), args.services, args.counters, args.busy, groups=not args.no_groups)
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

package org.weiyuan.stats;

import java.util.List;

/** Staff work lists that export to XLSX (工作清单导出), each with its sheet name and header row. */
public enum WorkList {
    /** 困难家庭档案清单: files in scope, optionally one status. */
    HOUSEHOLDS("困难家庭档案 Households", List.of("档案编号 File id", "户主姓名 Head of household", "身份证号 ID number",
            "手机号 Phone", "区县 District", "所属工会 Union unit", "状态 Status", "困难类别 Category", "困难程度 Severity",
            "致困原因 Causes", "家庭人口 Members", "人均月收入(元) Per-capita monthly income (yuan)",
            "建档时间 Filed at", "更新时间 Updated at")),
    /** 待审核微愿: wishes submitted for vetting or waiting for answers. */
    WISHES_IN_VETTING("待审核微愿 Wishes in vetting", List.of("微愿编号 Wish id", "标题 Title", "类型 Kind",
            "目标金额(元) Target (yuan)", "户主姓名 Head of household", "手机号 Phone", "区县 District",
            "所属工会 Union unit", "状态 Status", "提交时间 Created at", "等待天数 Days waiting")),
    /** 待复核拨付: disbursements waiting for a second approver (never the recorder). */
    DISBURSEMENTS_AWAITING_APPROVAL("待复核拨付 Disbursements awaiting approval", List.of("拨付编号 Disbursement id",
            "微愿 Wish", "户主姓名 Head of household", "金额(元) Amount (yuan)", "方式 Method", "凭证号 Reference",
            "登记人 Recorded by", "登记时间 Recorded at", "等待天数 Days waiting"));

    public final String sheet;
    public final List<String> headers;

    WorkList(String sheet, List<String> headers) {
        this.sheet = sheet;
        this.headers = headers;
    }
}

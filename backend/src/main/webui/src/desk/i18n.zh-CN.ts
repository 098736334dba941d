// 工作台补充页面与评审修正（issue 13，console4）：i18n 顶层键 desk
export default {
  history: {
    actor: '{role} {name}', otherFile: '另一份档案', appealOnBehalf: '工作人员代为申诉',
    fields: { idNumber: '身份证号', phone: '联系电话', addressDetail: '详细地址', healthDetail: '健康详情' },
  },
  exitReasons: { RE_EMPLOYED: '已再就业', INCOME_ABOVE_THRESHOLD: '收入超过标准', MOVED_AWAY: '迁出本地', DECEASED: '户主去世', INELIGIBLE_ON_RECHECK: '复核不再符合条件', OTHER: '其他原因' },
  measureOutcomes: { ACHIEVED: '已达成', PARTLY_ACHIEVED: '部分达成', NOT_ACHIEVED: '未达成', NOT_NEEDED: '不再需要' },
  appeals: {
    outcomes: { UPHELD: '维持原决定', REVERSED: '撤销原决定（申诉成立）' },
  },
  accountability: {
    roles: { REGISTERED: '登记建档', INVESTIGATED: '入户核查', APPROVED: '审批', RECHECKED: '复核' },
  },
}

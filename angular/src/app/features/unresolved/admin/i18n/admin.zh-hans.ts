/** 承办单位 and 巡导员排班 in Chinese; keys must match admin.en.ts. */
export const UNRESOLVED_ADMIN_ZH = {
  nav: { unresolvedReceivers: '承办单位', unresolvedRoster: '巡导员排班' },
  unresolved: {
    receivers: {
      title: '承办单位与联络员', intro: '未进驻事项转相关部门、镇（街道）；审批主体不明的转市便民服务中心。各承办单位须明确联络员，负责答复转办件。',
      new: '新增承办单位', edit: '编辑承办单位', kind: '类型', name: '名称', department: '对应部门', departmentHint: '被反映单位属于该部门时，转办由效能督查科办理，诉求人信息对其隐去。',
      townshipHall: '对应镇（街道）便民服务中心',
      active: '启用', inactive: '已停用', liaisons: '联络员', userName: '用户名', liaisonName: '姓名', phone: '电话', addLiaison: '添加联络员',
      removeLiaison: '移除联络员', noLiaison: '未设联络员',
    },
    roster: {
      title: '巡导员排班', intro: '每天一名当日大厅巡导员，作为当天“办不成事”办件的第一责任人，登记时立即收到通知；无人排班的日子通知中心管理人员。',
      hall: '中心', previous: '上个月', next: '下个月', date: '日期', guide: '当日巡导员', pick: '选择巡导员', clear: '清除',
      dayOff: '休息日',
      weekdays: { 0: '周日', 1: '周一', 2: '周二', 3: '周三', 4: '周四', 5: '周五', 6: '周六' },
    },
  },
};

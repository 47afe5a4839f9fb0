/** The admin feature's texts in Chinese (menu, pages, enum names); keys must match the English file. */
export const ADMIN_ZH = {
  nav: {
    groups: { admin: '系统管理' },
    users: '用户', roles: '角色与权限', deviceKeys: '设备密钥', settings: '系统设置', auditLogs: '操作日志',
  },
  users: {
    create: '新建用户', edit: '编辑用户', filter: '按用户名或姓名查找', userName: '用户名', displayName: '姓名', roles: '角色', state: '状态',
    active: '启用', inactive: '停用', locked: '部分地址登录受阻', mustChange: '需改密码', resetPassword: '重置密码', oneTimePassword: '一次性密码',
  },
  roles: { scope: '数据范围' },
  deviceKeys: {
    intro: '考勤机、评价器等设备使用密钥调用接口（请求头 X-Device-Key）。', name: '设备名称', create: '生成密钥', created: '设备密钥已生成',
    prefix: '前缀', lastUsed: '最近使用', revoke: '吊销', revoked: '已吊销', secret: '密钥',
  },
  auditLogs: {
    intro: '记录所有写操作、后台任务面板的操作和查看他人个人信息的请求。每条记录在几秒内按顺序封存，并以哈希与上一条相连；运行 etc/audit-check.sh 可校验记录是否被删除、改动或调换。',
    userName: '用户名', path: '路径包含', at: '时间（北京）', user: '用户', anonymous: '匿名', notSignedIn: '未登录（尝试的用户名）', request: '请求',
    status: '结果', duration: '耗时', clientIp: '客户端地址', sequence: '封存序号', unsealed: '待封存',
  },
  settings: {
    intro: '留空表示使用默认值。', default: '默认', range: '取值范围 {{min}}–{{max}}', value: '值', useDefault: '使用默认值', allHalls: '所有中心',
  },
};

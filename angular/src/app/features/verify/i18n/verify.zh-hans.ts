/** The public verification page's texts in Chinese (certificates and documents such as bulletins); keys must match the English file. */
export const VERIFY_ZH = {
  verify: {
    title: '证书与文件真伪查询', intro: '请输入合格证或通报等文件上的验证码，查询是否由本平台签发及当前状态。', code: '验证码',
    format: '格式为 XXXX-XXXX-XXXX（字母或数字）', submit: '查询', result: '查询结果', certTitle: '证书名称', holder: '持证人', issued: '发证日期',
    expires: '有效期至', noExpiry: '长期有效',
    status: { Valid: '真实有效', Expired: '已过期', Revoked: '已吊销', NotFound: '未找到（非本系统签发）' },
    notFoundText: '本平台没有签发过该验证码的证书或文件，请核对验证码。', tooMany: '查询过于频繁，请稍后再试', signIn: '登录平台',
    award: { contest: '技能大赛', tier: '奖项' },
    document: {
      status: { Published: '真实有效', Withdrawn: '已撤回' },
      kind: '文件类型', title: '标题', number: '编号', issuingBody: '发文机关', issuedOn: '发文日期', sha256: 'SHA-256 摘要',
      withdrawnText: '该文件已由发文单位撤回，不再有效。', withdrawReason: '撤回原因', withdrawnAt: '撤回时间',
    },
    check: {
      title: '核对下载的文件', pick: '选择下载的 PDF 核对', pickAgain: '选择其他文件',
      privacy: '文件只在您的浏览器中计算 SHA-256 摘要，不会上传到任何地方。', hashing: '正在计算 {{name}} 的摘要', file: '所选文件',
      yourHash: '所选文件的 SHA-256', match: '一致', mismatch: '不一致',
      matchText: '所选文件与登记的文件完全一致，未被修改。', mismatchText: '所选文件与登记的文件不一致：它可能被修改过，或不是这份文件。',
      failed: '无法读取所选文件，请重新选择。',
    },
  },
};

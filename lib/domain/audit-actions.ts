// How each audit action reads on the 审计日志 page and in its export; unknown ones show as stored.
export const AUDIT_ACTION_LABEL: Record<string, string> = {
  "password.change": "修改密码",
  "password.forgot-reset": "找回密码",
  "password.staff-reset": "审核部门重置密码",
  "password.admin-reset": "管理员重置密码",
  "enterprise.edit": "修改企业信息",
  "enterprise.email-change": "更换企业邮箱",
  "certificate.revoke": "撤销证书",
  "certificate.cancel": "注销证书",
  "staff.create": "新增账号",
  "staff.update": "修改账号角色或部门",
  "staff.disable": "停用账号",
  "staff.enable": "启用账号",
  "department.create": "新增部门",
  "department.update": "修改部门",
  "auth.totp-enrol": "绑定动态口令",
  "auth.totp-success": "动态口令验证成功",
  "auth.totp-failed": "动态口令验证失败",
  "auth.recovery-code-used": "使用恢复码登录",
  "second-factor.reset": "管理员重置动态口令",
  "auth.login-temporary-password": "使用临时密码登录",
  "password.reset-mail": "发送密码重置通知邮件",
  "certificate.issue": "核发证书",
  "certificate.import": "批量导入核发证书",
  "statistics.export": "导出统计",
};

export const auditActionLabel = (action: string) => AUDIT_ACTION_LABEL[action] ?? action;

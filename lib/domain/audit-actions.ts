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
  "person-binding.confirm": "确认个人账号绑定",
  "person-binding.refuse": "拒绝个人账号绑定",
  "person-binding.undo": "解除个人账号绑定",
};

export const auditActionLabel = (action: string) => AUDIT_ACTION_LABEL[action] ?? action;

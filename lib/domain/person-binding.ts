// 个人账号绑定 (issue 10 §2): the words and rules pages and use cases share. No Prisma, no Next.

export const BINDING_STATUSES = ["PENDING", "CONFIRMED", "REFUSED", "UNDONE"] as const;
export type BindingStatus = (typeof BINDING_STATUSES)[number];

export const BINDING_STATUS_LABEL: Record<BindingStatus, string> = {
  PENDING: "待确认",
  CONFIRMED: "已绑定",
  REFUSED: "已拒绝",
  UNDONE: "已解除",
};

export type BindingDecision = "confirm" | "refuse";

/** Who confirms a claim: the unit of one of the holder's certificates, else the 审核部门. */
export type BindingDecider = "UNIT" | "REVIEWER";

/** What the holder reads on 我的证书 while the account sees no record. */
export function bindingNotice(binding: { status: BindingStatus; decider: BindingDecider | null } | null): {
  tone: "info" | "error";
  title: string;
  text: string;
} {
  if (binding?.status === "PENDING") {
    const who = binding.decider === "UNIT" ? "证书所在单位" : "审核部门";
    return {
      tone: "info",
      title: "账号绑定待确认",
      text: `您的账号与证书记录的绑定正等待${who}确认。确认后即可在此查看本人证书、办理业务。`,
    };
  }
  if (binding?.status === "REFUSED" || binding?.status === "UNDONE") {
    return {
      tone: "error",
      title: binding.status === "REFUSED" ? "账号绑定未通过确认" : "账号绑定已解除",
      text: "您的账号目前未绑定证书记录。如确为本人，可【申请绑定】，或联系证书所在单位。",
    };
  }
  return {
    tone: "info",
    title: "暂无证书",
    text: "您的账号尚未绑定证书记录。取得证书后，可【申请绑定】，经证书所在单位（或审核部门）确认后查看本人证书。",
  };
}

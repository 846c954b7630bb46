// The vocabulary of the status machines: roles, statuses, actions, and the transition tables that
// several kinds share. Each kind's table is named in its entry of lib/domain/application-kinds.ts.

export const ROLES = ["ENTERPRISE", "PERSON", "REVIEWER", "ASSESSOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export const APPLICATION_STATUSES = [
  "PENDING_UNIT",
  "PENDING_REVIEW",
  "PENDING_ASSESSMENT",
  "APPROVED",
  "REJECTED",
  "CANCELLED",
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export type WorkflowAction =
  "submit" | "resubmit" | "cancel" | "withdraw" | "unitApprove" | "unitReject" | "approve" | "reject" | "issue";

export interface Transition {
  /** null: the application is being created */
  from: ApplicationStatus | null;
  action: WorkflowAction;
  to: ApplicationStatus;
  roles: readonly Role[];
  /** the actor must give an 意见 (every rejection) */
  opinionRequired?: boolean;
}

export const STATUS_LABEL: Record<ApplicationStatus, string> = {
  PENDING_UNIT: "待单位审核",
  PENDING_REVIEW: "待审核",
  PENDING_ASSESSMENT: "待考核",
  APPROVED: "审核通过",
  REJECTED: "审核不通过",
  CANCELLED: "已取消",
};

export const ACTION_LABEL: Record<WorkflowAction, string> = {
  submit: "提交申请",
  resubmit: "修改后重新提交",
  cancel: "取消申请",
  withdraw: "撤回申请",
  unitApprove: "单位同意",
  unitReject: "单位不同意",
  approve: "审核通过",
  reject: "审核不通过",
  issue: "核发证书",
};

export const ENTERPRISE: readonly Role[] = ["ENTERPRISE"];
export const REVIEWER: readonly Role[] = ["REVIEWER"];
export const ASSESSOR: readonly Role[] = ["ASSESSOR"];
export const PERSON: readonly Role[] = ["PERSON"];

/** The 审核部门 on an application 待审核: 【通过】 moves it to `approvedTo`, 【不通过】 needs an opinion. */
function reviewed(approvedTo: ApplicationStatus): Transition[] {
  return [
    { from: "PENDING_REVIEW", action: "approve", to: approvedTo, roles: REVIEWER },
    { from: "PENDING_REVIEW", action: "reject", to: "REJECTED", roles: REVIEWER, opinionRequired: true },
  ];
}

/** 审核部门, then the 考核部门's 【核发证书】 (or 【不通过】, with an opinion). */
export const REVIEWED_THEN_ASSESSED: readonly Transition[] = [
  ...reviewed("PENDING_ASSESSMENT"),
  { from: "PENDING_ASSESSMENT", action: "issue", to: "APPROVED", roles: ASSESSOR },
  { from: "PENDING_ASSESSMENT", action: "reject", to: "REJECTED", roles: ASSESSOR, opinionRequired: true },
];

/**
 * An application the enterprise files: the staff `decisions` on it, 【修改后重新提交】 after 不通过, and
 * (if `cancellable`) 【取消申请】 while it waits for the 审核部门.
 */
export function filedByEnterprise(decisions: readonly Transition[], { cancellable }: { cancellable: boolean }) {
  return [
    { from: null, action: "submit", to: "PENDING_REVIEW", roles: ENTERPRISE },
    ...(cancellable ? [{ from: "PENDING_REVIEW", action: "cancel", to: "CANCELLED", roles: ENTERPRISE } as const] : []),
    ...decisions,
    { from: "REJECTED", action: "resubmit", to: "PENDING_REVIEW", roles: ENTERPRISE },
  ] satisfies Transition[];
}

/** 企业注册, 单位名称变更, 资质变更: reviewed once by the 审核部门. */
export const REVIEWED_ONCE: readonly Transition[] = filedByEnterprise(reviewed("APPROVED"), { cancellable: false });

/** 延续: reviewed once; the enterprise may cancel it while it waits. */
export const REVIEWED_ONCE_CANCELLABLE: readonly Transition[] = filedByEnterprise(reviewed("APPROVED"), {
  cancellable: true,
});

/** 调出 / 调入: the holder applies, the unit agrees, then 审核部门 and 考核部门. */
export const TRANSFER: readonly Transition[] = [
  { from: null, action: "submit", to: "PENDING_UNIT", roles: PERSON },
  { from: "PENDING_UNIT", action: "withdraw", to: "CANCELLED", roles: PERSON },
  { from: "PENDING_UNIT", action: "unitApprove", to: "PENDING_REVIEW", roles: ENTERPRISE },
  { from: "PENDING_UNIT", action: "unitReject", to: "REJECTED", roles: ENTERPRISE, opinionRequired: true },
  ...REVIEWED_THEN_ASSESSED,
];

/** Statuses in which an application is still open (someone has yet to act). */
export const OPEN_STATUSES: readonly ApplicationStatus[] = ["PENDING_UNIT", "PENDING_REVIEW", "PENDING_ASSESSMENT"];

/** The move that made an application 审核不通过 most recently (its opinion is the reason shown). */
export function lastRejection<E extends { toStatus: string | null }>(events: readonly E[]): E | undefined {
  return events.findLast((e) => e.toStatus === "REJECTED");
}

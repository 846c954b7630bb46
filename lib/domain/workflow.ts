// The status machines of every application kind, in one place. No other code decides whether a
// status may change: lib/server/workflow/transition.ts looks the move up here and refuses anything
// that is not in the table.

export const ROLES = ["ENTERPRISE", "PERSON", "REVIEWER", "ASSESSOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export const APPLICATION_KINDS = [
  "ENTERPRISE_REGISTRATION",
  "NAME_CHANGE",
  "QUALIFICATION_CHANGE",
  "UNIT_INFO_CHANGE",
  "TRANSFER_OUT",
  "TRANSFER_IN",
  "RENEWAL",
] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

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
  | "submit"
  | "resubmit"
  | "cancel"
  | "withdraw"
  | "unitApprove"
  | "unitReject"
  | "approve"
  | "reject"
  | "issue";

export interface Transition {
  /** null: the application is being created */
  from: ApplicationStatus | null;
  action: WorkflowAction;
  to: ApplicationStatus;
  roles: readonly Role[];
  /** the actor must give an 意见 (every rejection) */
  opinionRequired?: boolean;
}

export const KIND_LABEL: Record<ApplicationKind, string> = {
  ENTERPRISE_REGISTRATION: "企业注册",
  NAME_CHANGE: "单位名称变更",
  QUALIFICATION_CHANGE: "资质变更",
  UNIT_INFO_CHANGE: "单位信息变更",
  TRANSFER_OUT: "人员调出",
  TRANSFER_IN: "人员调入",
  RENEWAL: "证书延续",
};

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

const ENTERPRISE: readonly Role[] = ["ENTERPRISE"];
const REVIEWER: readonly Role[] = ["REVIEWER"];
const ASSESSOR: readonly Role[] = ["ASSESSOR"];
const PERSON: readonly Role[] = ["PERSON"];

/** 企业注册, 单位名称变更, 资质变更: reviewed once by the 审核部门. */
const reviewedOnce: readonly Transition[] = [
  { from: null, action: "submit", to: "PENDING_REVIEW", roles: ENTERPRISE },
  { from: "PENDING_REVIEW", action: "approve", to: "APPROVED", roles: REVIEWER },
  { from: "PENDING_REVIEW", action: "reject", to: "REJECTED", roles: REVIEWER, opinionRequired: true },
  { from: "REJECTED", action: "resubmit", to: "PENDING_REVIEW", roles: ENTERPRISE },
];

/** 调出 / 调入: the holder applies, the unit agrees, then 审核部门 and 考核部门. */
const transfer: readonly Transition[] = [
  { from: null, action: "submit", to: "PENDING_UNIT", roles: PERSON },
  { from: "PENDING_UNIT", action: "withdraw", to: "CANCELLED", roles: PERSON },
  { from: "PENDING_UNIT", action: "unitApprove", to: "PENDING_REVIEW", roles: ENTERPRISE },
  { from: "PENDING_UNIT", action: "unitReject", to: "REJECTED", roles: ENTERPRISE, opinionRequired: true },
  { from: "PENDING_REVIEW", action: "approve", to: "PENDING_ASSESSMENT", roles: REVIEWER },
  { from: "PENDING_REVIEW", action: "reject", to: "REJECTED", roles: REVIEWER, opinionRequired: true },
  { from: "PENDING_ASSESSMENT", action: "issue", to: "APPROVED", roles: ASSESSOR },
  { from: "PENDING_ASSESSMENT", action: "reject", to: "REJECTED", roles: ASSESSOR, opinionRequired: true },
];

export const WORKFLOWS: Record<ApplicationKind, readonly Transition[]> = {
  ENTERPRISE_REGISTRATION: reviewedOnce,
  NAME_CHANGE: reviewedOnce,
  QUALIFICATION_CHANGE: reviewedOnce,
  UNIT_INFO_CHANGE: [
    { from: null, action: "submit", to: "PENDING_REVIEW", roles: ENTERPRISE },
    { from: "PENDING_REVIEW", action: "cancel", to: "CANCELLED", roles: ENTERPRISE },
    { from: "PENDING_REVIEW", action: "approve", to: "PENDING_ASSESSMENT", roles: REVIEWER },
    { from: "PENDING_REVIEW", action: "reject", to: "REJECTED", roles: REVIEWER, opinionRequired: true },
    { from: "PENDING_ASSESSMENT", action: "issue", to: "APPROVED", roles: ASSESSOR },
    { from: "PENDING_ASSESSMENT", action: "reject", to: "REJECTED", roles: ASSESSOR, opinionRequired: true },
    { from: "REJECTED", action: "resubmit", to: "PENDING_REVIEW", roles: ENTERPRISE },
  ],
  TRANSFER_OUT: transfer,
  TRANSFER_IN: transfer,
  RENEWAL: [
    { from: null, action: "submit", to: "PENDING_REVIEW", roles: ENTERPRISE },
    { from: "PENDING_REVIEW", action: "cancel", to: "CANCELLED", roles: ENTERPRISE },
    { from: "PENDING_REVIEW", action: "approve", to: "APPROVED", roles: REVIEWER },
    { from: "PENDING_REVIEW", action: "reject", to: "REJECTED", roles: REVIEWER, opinionRequired: true },
    { from: "REJECTED", action: "resubmit", to: "PENDING_REVIEW", roles: ENTERPRISE },
  ],
};

/** Statuses in which an application is still open (someone has yet to act). */
export const OPEN_STATUSES: readonly ApplicationStatus[] = ["PENDING_UNIT", "PENDING_REVIEW", "PENDING_ASSESSMENT"];

export function findTransition(
  kind: ApplicationKind,
  from: ApplicationStatus | null,
  action: WorkflowAction,
): Transition | undefined {
  return WORKFLOWS[kind].find((t) => t.from === from && t.action === action);
}

/** The actions a role may take on an application of this kind in this status. */
export function availableActions(kind: ApplicationKind, from: ApplicationStatus, role: Role): WorkflowAction[] {
  return WORKFLOWS[kind].filter((t) => t.from === from && t.roles.includes(role)).map((t) => t.action);
}

const STAFF: readonly Role[] = ["REVIEWER", "ASSESSOR"];

/** The staff roles that act on a kind somewhere in its table (who may see its queue). */
export function staffRolesFor(kind: ApplicationKind): Role[] {
  return STAFF.filter((role) => WORKFLOWS[kind].some((t) => t.roles.includes(role)));
}

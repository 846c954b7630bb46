// The registry of application kinds: one entry per kind says everything that differs between kinds
// apart from what reaching a status does to other data (lib/server/workflow/effects.ts). Menus, the
// staff queues and detail pages, the 待考核 page, slugs and notifications read it; `satisfies
// Record<ApplicationKind, KindDefinition>` makes the compiler name whatever a new kind lacks.
import type { z } from "zod";
import {
  cancellationPayload,
  cancellationReasonText,
  nameChangePayload,
  qualificationChangePayload,
  registrationPayload,
  renewalPayload,
  transferPayload,
  unitInfoChangePayload,
} from "@/lib/schemas/payloads";
import { renewedExpiry } from "./certificate-dates";
import { renewalResult } from "./renewal";
import {
  filedByEnterprise,
  ENTERPRISE,
  PERSON,
  REVIEWED_ONCE,
  REVIEWED_ONCE_CANCELLABLE,
  REVIEWED_THEN_ASSESSED,
  TRANSFER,
  type ApplicationStatus,
  type Role,
  type Transition,
  type WorkflowAction,
} from "./workflow";

/** The kinds, in menu order; the same list as the ApplicationKind enum of prisma/schema.prisma. */
export const APPLICATION_KINDS = [
  "ENTERPRISE_REGISTRATION",
  "NAME_CHANGE",
  "QUALIFICATION_CHANGE",
  "UNIT_INFO_CHANGE",
  "TRANSFER_OUT",
  "TRANSFER_IN",
  "RENEWAL",
  "CERTIFICATE_CANCELLATION",
] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

export type Fact = { label: string; value: string; strong?: boolean; wide?: boolean };
export type AttachedFile = { label: string; id: string };

/** What the registry reads of an application: a queue row or a detail page's record. */
export interface ApplicationView {
  payload: unknown;
  enterprise?: { creditCode: string; contactName: string; contactPhone: string };
  person?: { name: string } | null;
  certificate?: { number: string } | null;
  /** what an approved application did to its certificate (e.g. the renewed expiry) */
  certificateEvents?: { kind: string; changes: unknown }[];
}

/** One kind as written in the registry; `defineKind` parses the payload once for the views. */
interface KindSpec<P> {
  label: string;
  /** URL segment of its staff queue and detail pages: /staff/review/<slug> */
  slug: string;
  /** its entry in the 审核部门's menu, when not the label */
  menuLabel?: string;
  /** from × action → to, with the roles allowed; `from: null` is the submission */
  workflow: readonly Transition[];
  /** what Application.payload holds; checked whenever a payload is stored */
  payload: z.ZodType<P>;
  /** the 审核部门 may 【批量通过】 several pending ones at once */
  staffBatch: boolean;
  /** the 考核部门's final decision worded for what it does (its button); null: no 考核 step */
  issueLabel: string | null;
  /** what it asks for, on the staff detail page (certificate-bound kinds) */
  facts?: (payload: P, app: ApplicationView) => Fact[];
  /** the files it carries, on the staff detail page */
  files?: (payload: P) => AttachedFile[];
  /** one line saying what it asks for, in queue rows */
  summary: (payload: P, app: ApplicationView) => string;
}

export interface KindDefinition extends Omit<KindSpec<unknown>, "payload" | "facts" | "files" | "summary"> {
  payload: z.ZodType;
  facts: (app: ApplicationView) => Fact[];
  files: (app: ApplicationView) => AttachedFile[];
  summary: (app: ApplicationView) => string;
}

function defineKind<P>(spec: KindSpec<P>): KindDefinition {
  const parse = (app: ApplicationView) => spec.payload.parse(app.payload);
  return {
    ...spec,
    facts: (app) => spec.facts?.(parse(app), app) ?? [],
    files: (app) => spec.files?.(parse(app)) ?? [],
    summary: (app) => spec.summary(parse(app), app),
  };
}

const holder = (app: ApplicationView) => `${app.person?.name ?? ""} ${app.certificate?.number ?? ""}`;
const note = (text?: string): Fact[] => (text ? [{ label: "核对备注", value: text, wide: true }] : []);
const signedForm = (id: string): AttachedFile => ({ label: "签字盖章的申请表", id });

function transferKind(direction: "out" | "in") {
  const out = direction === "out";
  return defineKind({
    label: out ? "人员调出" : "人员调入",
    slug: out ? "transfer-out" : "transfer-in",
    workflow: TRANSFER,
    payload: transferPayload,
    staffBatch: false,
    // 调出 issues nothing: the certificate leaves the unit. 调入 issues it under the new unit.
    issueLabel: out ? "确认调出" : "核发证书",
    facts: (p) => [
      { label: out ? "调出单位" : "调入单位", value: (out ? p.fromUnitName : p.toUnitName) ?? "", strong: true },
      { label: "申请原因", value: p.reason },
    ],
    summary: (p, app) => `${holder(app)}：${out ? `调出 ${p.fromUnitName ?? ""}` : `调入 ${p.toUnitName ?? ""}`}`,
  });
}

export const KINDS = {
  ENTERPRISE_REGISTRATION: defineKind({
    label: "企业注册",
    slug: "registration",
    menuLabel: "企业注册审核",
    workflow: REVIEWED_ONCE,
    payload: registrationPayload,
    staffBatch: false,
    issueLabel: null,
    summary: (_, app) =>
      app.enterprise
        ? `${app.enterprise.creditCode} · 联系人 ${app.enterprise.contactName} ${app.enterprise.contactPhone}`
        : "企业注册",
  }),
  NAME_CHANGE: defineKind({
    label: "单位名称变更",
    slug: "name-change",
    workflow: REVIEWED_ONCE,
    payload: nameChangePayload,
    staffBatch: false,
    issueLabel: null,
    summary: (p) => `${p.before.name} → ${p.after.name}`,
  }),
  QUALIFICATION_CHANGE: defineKind({
    label: "资质变更",
    slug: "qualification-change",
    workflow: REVIEWED_ONCE,
    payload: qualificationChangePayload,
    staffBatch: false,
    issueLabel: null,
    summary: ({ after }) =>
      `${after.qualificationType} ${after.qualificationLevel}，有效期至 ${after.qualificationExpiry}`,
  }),
  UNIT_INFO_CHANGE: defineKind({
    label: "单位信息变更",
    slug: "unit-info-change",
    workflow: filedByEnterprise(REVIEWED_THEN_ASSESSED, { cancellable: true }),
    payload: unitInfoChangePayload,
    staffBatch: true,
    // The certificate is reissued with the unit's current name.
    issueLabel: "核发证书",
    facts: (p) => [
      { label: "原单位名称", value: p.oldUnitName },
      { label: "新单位名称", value: p.newUnitName, strong: true },
      ...note(p.note),
    ],
    files: (p) => [signedForm(p.formFileId)],
    summary: (p, app) => `${holder(app)}：${p.oldUnitName} → ${p.newUnitName}`,
  }),
  TRANSFER_OUT: transferKind("out"),
  TRANSFER_IN: transferKind("in"),
  RENEWAL: defineKind({
    label: "证书延续",
    slug: "renewal",
    workflow: REVIEWED_ONCE_CANCELLABLE,
    payload: renewalPayload,
    staffBatch: true,
    issueLabel: null,
    facts: (p, app) => [
      { label: "原有效期至", value: p.expiresOn },
      { label: "延续后有效期至", value: renewalResult(app).to, strong: true },
      ...note(p.note),
    ],
    files: (p) => [
      signedForm(p.formFileId),
      ...p.supportingFileIds.map((id, i) => ({ label: `证明材料 ${i + 1}`, id })),
    ],
    summary: (p, app) => `${holder(app)}：有效期至 ${p.expiresOn} → ${renewedExpiry(p.expiresOn)}`,
  }),
  // Filed by the holder or by the unit for its holder; only the filer may cancel, which the table cannot
  // say (both roles are listed): cancelCertificateCancellation checks it against payload.filedBy.
  CERTIFICATE_CANCELLATION: defineKind({
    label: "证书注销",
    slug: "cancellation",
    workflow: [
      { from: null, action: "submit", to: "PENDING_REVIEW", roles: [...PERSON, ...ENTERPRISE] },
      { from: "PENDING_REVIEW", action: "cancel", to: "CANCELLED", roles: [...PERSON, ...ENTERPRISE] },
      ...REVIEWED_THEN_ASSESSED,
    ],
    payload: cancellationPayload,
    // Ending a certificate is not undone: each one is decided on its own.
    staffBatch: false,
    issueLabel: "确认注销",
    facts: (p) => [
      { label: "注销原因", value: cancellationReasonText(p), strong: true, wide: true },
      { label: "申请方", value: p.filedBy === "PERSON" ? "持证人本人" : "所在单位" },
    ],
    files: (p) => (p.attachmentFileId ? [{ label: "附件", id: p.attachmentFileId }] : []),
    summary: (p, app) => `${holder(app)}：${cancellationReasonText(p)}`,
  }),
} satisfies Record<ApplicationKind, KindDefinition>;

export function kindOfSlug(slug: string): ApplicationKind | null {
  return APPLICATION_KINDS.find((kind) => KINDS[kind].slug === slug) ?? null;
}

export function findTransition(
  kind: ApplicationKind,
  from: ApplicationStatus | null,
  action: WorkflowAction,
): Transition | undefined {
  return KINDS[kind].workflow.find((t) => t.from === from && t.action === action);
}

/** The actions a role may take on an application of this kind in this status. */
export function availableActions(kind: ApplicationKind, from: ApplicationStatus, role: Role): WorkflowAction[] {
  return KINDS[kind].workflow.filter((t) => t.from === from && t.roles.includes(role)).map((t) => t.action);
}

/** Who files the kind: the roles of its submission. */
export function filedBy(kind: ApplicationKind): readonly Role[] {
  return findTransition(kind, null, "submit")?.roles ?? [];
}

/** The roles that may take this action on an existing application of the kind (of any kind if none given). */
export function rolesTaking(action: WorkflowAction, kind?: ApplicationKind): Role[] {
  const tables = kind ? [KINDS[kind].workflow] : APPLICATION_KINDS.map((k) => KINDS[k].workflow);
  const moves = tables.flatMap((table) => table.filter((t) => t.from !== null && t.action === action));
  return [...new Set(moves.flatMap((t) => t.roles))];
}

const STAFF: readonly Role[] = ["REVIEWER", "ASSESSOR"];

/** The staff roles that act on a kind somewhere in its table (who may see its queue). */
export function staffRolesFor(kind: ApplicationKind): Role[] {
  return STAFF.filter((role) => KINDS[kind].workflow.some((t) => t.roles.includes(role)));
}

/**
 * The kinds a staff role acts on, in registry order: the role's menu and the 考核部门's 待考核 tabs.
 * Derived from the tables rather than listed, so a kind appears wherever someone has work on it.
 */
export function kindsActedOnBy(role: Role): ApplicationKind[] {
  return APPLICATION_KINDS.filter((kind) => staffRolesFor(kind).includes(role));
}

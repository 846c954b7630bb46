import "server-only";
import { ACTION_LABEL, STATUS_LABEL, type ApplicationStatus, type WorkflowAction } from "@/lib/domain/workflow";
import { findTransition, KINDS, rolesTaking, type ApplicationKind } from "@/lib/domain/application-kinds";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../auth/actor";
import type { Tx } from "../db";
import { resetterBarred, TEMPORARY_PASSWORD_TTL_MS } from "@/lib/domain/second-factor";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, ResetterMayNotDecideError } from "../errors";
import { audit } from "../audit";
import { notify } from "../notifications/notify";
import { uniqueViolationFields } from "../prisma-errors";
import { dueOnEntering } from "../deadlines/due-on";
import { applyEffect } from "./effects";

/** Who may touch an application at all: staff any; an enterprise only its own. */
export function applicationScope(actor: Actor): Prisma.ApplicationWhereInput {
  if (actor.role === "REVIEWER" || actor.role === "ASSESSOR") return {};
  if (actor.role === "ENTERPRISE" && actor.enterpriseId) return { enterpriseId: actor.enterpriseId };
  if (actor.role === "PERSON" && actor.personId) return { personId: actor.personId };
  return { id: "00000000-0000-0000-0000-000000000000" };
}

const OPINION_MAX = 500;

/**
 * The only code that changes an application's status. Inside the caller's transaction it checks the
 * move against the workflow table and the actor's role, updates guarded by status and version (a
 * count of 0 means someone else acted first), writes the history row and the notification mail, and
 * applies the effect (e.g. the enterprise becomes approved).
 */
export async function transition(
  tx: Tx,
  input: {
    actor: Actor;
    applicationId: string;
    /** when the caller acts on one kind only */
    kind?: ApplicationKind;
    action: WorkflowAction;
    opinion?: string | null;
    /** the version the actor saw; omitted when the caller has just read it in this transaction */
    expectedVersion?: number;
    /** new proposed values (resubmission) */
    payload?: Prisma.InputJsonValue;
    /** the unit accounts the actor may not decide for, read once for a batch (`unitsBarredFor`) */
    unitsBarred?: ReadonlySet<string>;
  },
) {
  const { actor, action } = input;
  const app = await tx.application.findFirst({
    where: { id: input.applicationId, ...(input.kind ? { kind: input.kind } : {}), ...applicationScope(actor) },
    include: {
      enterprise: { select: { id: true, name: true, email: true, accountId: true } },
      person: { select: { name: true, email: true, accountId: true } },
      certificate: { select: { number: true } },
    },
  });
  if (!app) throw new NotFoundError();

  // Nothing leaves 已取消; say so rather than "someone else acted".
  if (app.status === "CANCELLED") throw new ConflictError("该申请已撤回或取消");
  const opinion = input.opinion?.trim() || null;
  if (input.expectedVersion !== undefined && input.expectedVersion !== app.version) throw new ConflictError();
  const move = findTransition(app.kind, app.status, action);
  if (!move) {
    // The actor could take this action from another status: the application moved on since the page loaded.
    if (rolesTaking(action, app.kind).includes(actor.role)) throw new ConflictError();
    throw new ForbiddenError();
  }
  if (!move.roles.includes(actor.role)) throw new ForbiddenError();
  if (input.unitsBarred ? input.unitsBarred.has(app.enterprise.accountId) : await barredFrom(tx, actor, app.enterprise))
    throw new ResetterMayNotDecideError();
  if (move.opinionRequired && !opinion) {
    throw new InvalidInputError("请填写审核意见（不通过原因）", { opinion: ["请填写不通过原因"] });
  }
  if (opinion && opinion.length > OPINION_MAX) {
    throw new InvalidInputError(`意见不能超过${OPINION_MAX}字`, { opinion: [`意见不能超过${OPINION_MAX}字`] });
  }

  // What is stored must be what the kind's views read.
  if (input.payload !== undefined) KINDS[app.kind].payload.parse(input.payload);
  const decided = move.to === "APPROVED" || move.to === "REJECTED" || move.to === "CANCELLED";
  const dueOn = await dueOnEntering(tx, app.kind, move.to);
  const { count } = await guardOneOpen(() =>
    tx.application.updateMany({
      where: { id: app.id, status: app.status, version: app.version },
      data: {
        status: move.to,
        version: { increment: 1 },
        decidedAt: decided ? new Date() : null,
        dueOn,
        ...(input.payload !== undefined ? { payload: input.payload, submittedAt: new Date() } : {}),
      },
    }),
  );
  if (count === 0) throw new ConflictError();

  await tx.applicationEvent.create({
    data: {
      applicationId: app.id,
      action,
      fromStatus: app.status,
      toStatus: move.to,
      actorId: actor.accountId,
      actorRole: actor.role,
      opinion,
    },
  });

  await auditStatusChange(tx, { actor, applicationId: app.id, kind: app.kind, action, from: app.status, to: move.to });
  await notifyParties(tx, app, actor, decisionMessage(app, action, move.to, opinion));
  await applyEffect(tx, { application: { ...app, status: move.to }, action, actor });
  return { id: app.id, status: move.to, version: app.version + 1 };
}

/**
 * Separation of duties on 重置密码 (docs/ARCHITECTURE.md, SECURITY): the staff member who reset the
 * unit's password saw the temporary password and could act as the unit; for 24 hours after the reset
 * (`resetterBarred`) they may not decide that unit's applications.
 */
async function barredFrom(tx: Tx, actor: Actor, unit: { accountId: string }) {
  return (await unitsBarredFor(tx, actor, { id: unit.accountId })).size > 0;
}

/**
 * The unit accounts (all, or the one `where` names) that the actor reset a password of within the bar:
 * one query, for one decision or for a whole batch (【批量通过】 reads it once, not once per row).
 */
export async function unitsBarredFor(tx: Tx, actor: Actor, where: { id?: string } = {}): Promise<Set<string>> {
  if (actor.role !== "REVIEWER" && actor.role !== "ASSESSOR") return new Set();
  const now = new Date();
  const units = await tx.account.findMany({
    where: {
      ...where,
      passwordResetById: actor.accountId,
      passwordResetAt: { gt: new Date(now.getTime() - TEMPORARY_PASSWORD_TTL_MS) },
    },
    select: { id: true, passwordResetById: true, passwordResetAt: true },
  });
  return new Set(units.filter((unit) => resetterBarred(unit, actor.accountId, now)).map((unit) => unit.id));
}

/**
 * The partial unique indexes of the migration allow one open application of a kind per enterprise
 * (企业注册, 名称, 资质) or per certificate; a second one racing in is refused there.
 */
async function guardOneOpen<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (uniqueViolationFields(error)) throw new ConflictError("已有办理中的同类申请，请等待其办结后再提交");
    throw error;
  }
}

/**
 * Everyone concerned but the actor hears of a move: the unit (unless it acted) and the holder, if the
 * holder has an account (unless the holder acted).
 */
type Audience = "unit" | "holder";
type Message = { title: string; body: string };

async function notifyParties(
  tx: Tx,
  app: {
    id: string;
    enterprise: { email: string; accountId: string };
    person: { email: string | null; accountId: string | null } | null;
  },
  actor: Actor,
  message: (audience: Audience) => Message,
) {
  if (actor.role !== "ENTERPRISE") {
    await notify(tx, {
      ...message("unit"),
      accountId: app.enterprise.accountId,
      email: app.enterprise.email,
      applicationId: app.id,
    });
  }
  if (actor.role !== "PERSON" && app.person?.accountId && app.person.email) {
    await notify(tx, {
      ...message("holder"),
      accountId: app.person.accountId,
      email: app.person.email,
      applicationId: app.id,
    });
  }
}

/** "Your application is now …", worded for the unit or for the holder. */
function decisionMessage(
  app: {
    kind: ApplicationKind;
    enterprise: { name: string };
    person: { name: string } | null;
    certificate: { number: string } | null;
  },
  action: WorkflowAction,
  to: ApplicationStatus,
  opinion: string | null,
) {
  const outcome = `${ACTION_LABEL[action]}，当前状态：${STATUS_LABEL[to]}`;
  return (audience: Audience): Message => {
    const certificate = app.certificate ? `证书编号 ${app.certificate.number}` : "";
    const lines =
      audience === "holder"
        ? [
            `${app.person?.name ?? ""}：`,
            `您的「${KINDS[app.kind].label}」申请（${certificate}，${app.enterprise.name}）：${outcome}。`,
          ]
        : [
            `${app.enterprise.name}：`,
            `您单位的「${KINDS[app.kind].label}」申请${app.person ? `（${app.person.name}${certificate ? `，${certificate}` : ""}）` : ""}：${outcome}。`,
          ];
    if (opinion) lines.push(`意见：${opinion}`);
    return { title: `${KINDS[app.kind].label}申请${STATUS_LABEL[to]}`, body: lines.join("\n") };
  };
}

/** Creates an application in its first status, with its first history row. */
export async function createApplication(
  tx: Tx,
  input: {
    actor: Actor;
    kind: ApplicationKind;
    enterpriseId: string;
    personId?: string;
    certificateId?: string;
    payload: Prisma.InputJsonValue;
  },
) {
  const move = findTransition(input.kind, null, "submit");
  if (!move || !move.roles.includes(input.actor.role)) throw new ForbiddenError();
  KINDS[input.kind].payload.parse(input.payload);
  const dueOn = await dueOnEntering(tx, input.kind, move.to);
  const app = await guardOneOpen(() =>
    tx.application.create({
      data: {
        kind: input.kind,
        status: move.to,
        enterpriseId: input.enterpriseId,
        personId: input.personId,
        certificateId: input.certificateId,
        payload: input.payload,
        dueOn,
      },
    }),
  );
  await tx.applicationEvent.create({
    data: {
      applicationId: app.id,
      action: "submit",
      fromStatus: null,
      toStatus: move.to,
      actorId: input.actor.accountId,
      actorRole: input.actor.role,
    },
  });
  await auditStatusChange(tx, {
    actor: input.actor,
    applicationId: app.id,
    kind: input.kind,
    action: "submit",
    from: null,
    to: move.to,
  });
  if (input.actor.role === "PERSON") {
    const full = await tx.application.findUniqueOrThrow({
      where: { id: app.id },
      include: {
        enterprise: { select: { name: true, email: true, accountId: true } },
        person: { select: { name: true, email: true, accountId: true } },
        certificate: { select: { number: true } },
      },
    });
    const label = KINDS[input.kind].label;
    const what = `${full.enterprise.name}：${full.person?.name ?? ""}（证书编号 ${full.certificate?.number ?? ""}）提交了${label}申请`;
    // The unit decides a transfer first; anything else goes straight to the 审核部门.
    const unitDecides = move.to === "PENDING_UNIT";
    await notifyParties(tx, full, input.actor, () => ({
      title: unitDecides ? `新的${label}申请待审核` : `持证人提交了${label}申请`,
      body: unitDecides ? `${what}，请在 申请业务 › 变更申请 中审核。` : `${what}，等待审核部门审核。`,
    }));
  }
  return app;
}

/** Every status change also goes to the audit log (the history row is the user-facing timeline). */
function auditStatusChange(
  tx: Tx,
  input: {
    actor: Actor;
    applicationId: string;
    kind: ApplicationKind;
    action: WorkflowAction;
    from: string | null;
    to: string;
  },
) {
  return audit(tx, {
    actor: input.actor,
    action: `application.${input.action}`,
    targetType: "Application",
    targetId: input.applicationId,
    detail: { kind: input.kind, from: input.from, to: input.to },
  });
}

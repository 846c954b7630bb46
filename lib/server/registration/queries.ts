import "server-only";
import type { ApplicationStatus } from "@/lib/domain/workflow";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertRole, enterpriseIdOf, type Actor } from "../auth/actor";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { applicationScope } from "../workflow/transition";

export const PAGE_SIZE = 20;

const withHistory = {
  enterprise: {
    include: {
      licenseFile: { select: { id: true, originalName: true, mimeType: true, size: true } },
      qualificationFile: { select: { id: true, originalName: true, mimeType: true, size: true } },
      account: { select: { id: true } },
    },
  },
  events: {
    orderBy: { at: "asc" },
    include: { actor: { select: { displayName: true } } },
  },
} satisfies Prisma.ApplicationInclude;

/** The enterprise's own registration (for the status page and 前往修改). */
export async function getOwnRegistration({ actor }: { actor: Actor }) {
  const enterpriseId = enterpriseIdOf(actor);
  const app = await db.application.findFirst({
    where: { enterpriseId, kind: "ENTERPRISE_REGISTRATION" },
    orderBy: { createdAt: "desc" },
    include: withHistory,
  });
  if (!app) throw new NotFoundError();
  return app;
}

/** 审核部门: one registration with everything the reviewer needs. */
export async function getRegistrationForReview({ actor, applicationId }: { actor: Actor; applicationId: string }) {
  assertRole(actor, ["REVIEWER"]);
  if (!/^[0-9a-f-]{36}$/i.test(applicationId)) throw new NotFoundError();
  const app = await db.application.findFirst({
    where: { id: applicationId, kind: "ENTERPRISE_REGISTRATION", ...applicationScope(actor) },
    include: withHistory,
  });
  if (!app) throw new NotFoundError();
  return app;
}

/** 企业注册审核 queue: search by name or credit code, newest first, paginated. */
export async function listRegistrations(input: {
  actor: Actor;
  status?: ApplicationStatus;
  q?: string;
  page?: number;
}) {
  assertRole(input.actor, ["REVIEWER"]);
  const q = input.q?.trim();
  const where: Prisma.ApplicationWhereInput = {
    kind: "ENTERPRISE_REGISTRATION",
    ...(input.status ? { status: input.status } : {}),
    ...(q
      ? {
          enterprise: {
            OR: [{ name: { contains: q, mode: "insensitive" } }, { creditCode: { contains: q.toUpperCase() } }],
          },
        }
      : {}),
  };
  const page = Math.max(1, input.page ?? 1);
  const [total, rows] = await Promise.all([
    db.application.count({ where }),
    db.application.findMany({
      where,
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      include: { enterprise: { select: { name: true, creditCode: true, contactName: true, contactPhone: true } } },
    }),
  ]);
  return { total, rows, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

import "server-only";
import type { ApplicationStatus } from "@/lib/domain/workflow";
import type { ApplicationKind } from "@/lib/domain/application-kinds";
import { enterpriseIdOf, type Actor } from "../auth/actor";
import { db } from "../db";
import { readDb } from "../read-db";
import { NotFoundError } from "../errors";
import { applicationDetailInclude, pageOfApplications } from "../review/queries";

/** The enterprise's own applications of some kinds (optionally one status), newest first. */
export async function listOwnApplications(input: {
  actor: Actor;
  kinds: readonly ApplicationKind[];
  status?: ApplicationStatus;
  page?: number;
}) {
  const where = {
    enterpriseId: enterpriseIdOf(input.actor),
    kind: { in: [...input.kinds] },
    ...(input.status ? { status: input.status } : {}),
  };
  return pageOfApplications(input.page, where, applicationDetailInclude);
}

/** How many of the enterprise's applications of these kinds are in each status (tab counts). */
export async function countOwnApplicationsByStatus({
  actor,
  kinds,
}: {
  actor: Actor;
  kinds: readonly ApplicationKind[];
}) {
  const groups = await (
    await readDb()
  ).application.groupBy({
    by: ["status"],
    where: { enterpriseId: enterpriseIdOf(actor), kind: { in: [...kinds] } },
    _count: true,
  });
  return Object.fromEntries(groups.map((g) => [g.status, g._count])) as Partial<Record<ApplicationStatus, number>>;
}

/** One of the enterprise's own applications. */
export async function getOwnApplication(input: { actor: Actor; applicationId: string; kind: ApplicationKind }) {
  if (!/^[0-9a-f-]{36}$/i.test(input.applicationId)) throw new NotFoundError();
  const app = await db.application.findFirst({
    where: { id: input.applicationId, kind: input.kind, enterpriseId: enterpriseIdOf(input.actor) },
    include: applicationDetailInclude,
  });
  if (!app) throw new NotFoundError();
  return app;
}

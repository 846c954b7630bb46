import "server-only";
import { enterpriseIdOf, type Actor } from "../auth/actor";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { applicationDetailInclude } from "../review/queries";

/** The enterprise's own registration (for the status page and 前往修改). */
export async function getOwnRegistration({ actor }: { actor: Actor }) {
  const enterpriseId = enterpriseIdOf(actor);
  const app = await db.application.findFirst({
    where: { enterpriseId, kind: "ENTERPRISE_REGISTRATION" },
    orderBy: { createdAt: "desc" },
    include: applicationDetailInclude,
  });
  if (!app) throw new NotFoundError();
  return app;
}

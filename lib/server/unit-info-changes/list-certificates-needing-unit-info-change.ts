import "server-only";
import { enterpriseIdOf, type Actor } from "../auth/actor";
import { db } from "../db";
import { isVoidToday } from "./get-certificate-for-unit-info-change";

/**
 * 单位信息变更 after a name change: the unit's active certificates that still print another unit
 * name. Each carries its latest 单位信息变更 application, if any.
 */
export async function listCertificatesNeedingUnitInfoChange({ actor }: { actor: Actor }) {
  const enterpriseId = enterpriseIdOf(actor);
  const enterprise = await db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId }, select: { name: true } });
  const certificates = await db.certificate.findMany({
    where: { enterpriseId, status: "ACTIVE", NOT: { unitName: enterprise.name } },
    orderBy: [{ person: { name: "asc" } }, { number: "asc" }],
    include: {
      person: true,
      applications: {
        where: { kind: "UNIT_INFO_CHANGE", enterpriseId },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { id: true, status: true, version: true },
      },
    },
  });
  return { unitName: enterprise.name, certificates: certificates.filter((c) => !isVoidToday(c)) };
}

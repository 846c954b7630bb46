import "server-only";
import { revokeCertificateSchema } from "@/lib/schemas/revoke-certificate.schema";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";
import { InvalidInputError } from "../errors";
import { endCertificate } from "./end-certificate";

/** 【撤销证书】 by the 考核部门 (e.g. obtained by fraud), at the version the assessor saw. */
export async function revokeCertificate(input: {
  actor: Actor;
  certificateId: string;
  expectedVersion: number;
  reason: string;
}) {
  assertRole(input.actor, ["ASSESSOR"]);
  const reason = revokeCertificateSchema.shape.reason.safeParse(input.reason);
  if (!reason.success) {
    const message = reason.error.issues[0]?.message ?? "请填写撤销原因";
    throw new InvalidInputError(message, { reason: [message] });
  }
  return db.$transaction((tx) =>
    endCertificate(tx, {
      actor: input.actor,
      certificateId: input.certificateId,
      kind: "REVOKED",
      reason: reason.data,
      expectedVersion: input.expectedVersion,
    }),
  );
}

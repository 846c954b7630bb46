import "server-only";
import type { IssuanceInput } from "@/lib/domain/certificate-issuance";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";
import { InvalidInputError } from "../errors";
import { issueCertificates } from "./issue-certificates";

/**
 * 单个核发: one certificate from the form, by the same rules and in the same way as a batch row.
 * What is wrong comes back beside the field it is about (a certificate already held, above the form).
 */
export async function issueCertificate({ actor, input }: { actor: Actor; input: IssuanceInput }) {
  assertRole(actor, ["ASSESSOR"]);
  const [outcome] = await db.$transaction((tx) => issueCertificates(tx, { actor, rows: [{ line: 1, ...input }] }));
  if (outcome.certificate) return outcome.certificate;
  const fieldErrors: Record<string, string[]> = {};
  for (const e of outcome.errors) (fieldErrors[e.field] ??= []).push(e.message);
  throw new InvalidInputError(fieldErrors._row?.[0] ?? "请按提示修改后再提交", fieldErrors);
}

import "server-only";
import { todayInShanghai } from "@/lib/domain/calendar-date";
import { renewalResubmitBlocked } from "@/lib/domain/renewal";
import { renewalPayload, type RenewalPayload } from "@/lib/schemas/payloads";
import { enterpriseIdOf, type Actor } from "../auth/actor";
import { db } from "../db";
import { InvalidInputError, NotFoundError } from "../errors";
import { resubmitApplication, withUploads } from "../file-application";
import { checkRenewalFiles } from "./check-renewal-files";

/** 【修改】 a rejected renewal while the window is still open; files kept unless replaced. */
export async function resubmitRenewal(input: {
  actor: Actor;
  applicationId: string;
  expectedVersion: number;
  formFile: File | null;
  supportingFiles: File[];
  note?: string;
}) {
  const enterpriseId = enterpriseIdOf(input.actor);
  if (!/^[0-9a-f-]{36}$/i.test(input.applicationId)) throw new NotFoundError();
  const app = await db.application.findFirst({
    where: { id: input.applicationId, enterpriseId, kind: "RENEWAL" },
    include: { certificate: { select: { status: true, enterpriseId: true, expiresOn: true } } },
  });
  if (!app?.certificate) throw new NotFoundError();
  const previous = renewalPayload.parse(app.payload);
  const blocked = renewalResubmitBlocked({
    enterpriseId,
    certificate: app.certificate,
    expiresOn: previous.expiresOn,
    today: todayInShanghai(),
  });
  if (blocked) throw new InvalidInputError(blocked);
  checkRenewalFiles(input.formFile, input.supportingFiles, false, previous.supportingFileIds.length);
  return withUploads({ uploadedById: input.actor.accountId, enterpriseId }, async (uploads) => {
    const formFileId = input.formFile ? await uploads.save(input.formFile, "formFile") : previous.formFileId;
    const supportingFileIds = [...previous.supportingFileIds];
    for (const file of input.supportingFiles) supportingFileIds.push(await uploads.save(file, "supportingFiles"));
    const note = input.note?.trim() || undefined;
    const payload: RenewalPayload = { ...previous, formFileId, supportingFileIds, note };
    const { actor, expectedVersion } = input;
    return resubmitApplication({ actor, applicationId: app.id, kind: "RENEWAL", expectedVersion, payload });
  });
}

import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationKind } from "@/lib/domain/application-kinds";
import type { Actor } from "./auth/actor";
import { db } from "./db";
import { uploadsFor } from "./files/save-upload";
import { createApplication, transition } from "./workflow/transition";

// The last step every submission use case shares: save its uploads, then file (or re-file) the
// application in one transaction; if anything fails, the files saved for it are removed.

type Uploads = ReturnType<typeof uploadsFor>;

/** Runs `submit` with an upload saver for `owner`; if it fails, whatever was saved is discarded. */
export async function withUploads<T>(
  owner: { uploadedById: string; enterpriseId: string },
  submit: (uploads: Uploads) => Promise<T>,
): Promise<T> {
  const uploads = uploadsFor(owner);
  try {
    return await submit(uploads);
  } catch (error) {
    await uploads.discard();
    throw error;
  }
}

/** A new application of `kind` about one holder's certificate, filed for `enterpriseId`. */
export function fileCertificateApplication(input: {
  actor: Actor;
  kind: ApplicationKind;
  enterpriseId: string;
  certificate: { id: string; personId: string };
  payload: Prisma.InputJsonValue;
}) {
  const { certificate, ...rest } = input;
  return db.$transaction((tx) =>
    createApplication(tx, { ...rest, personId: certificate.personId, certificateId: certificate.id }),
  );
}

/** 【修改后重新提交】 of a returned application with its corrected payload. */
export function resubmitApplication(input: {
  actor: Actor;
  applicationId: string;
  kind: ApplicationKind;
  expectedVersion: number;
  payload: Prisma.InputJsonValue;
}) {
  return db.$transaction((tx) => transition(tx, { ...input, action: "resubmit" }));
}

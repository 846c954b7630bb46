import "server-only";
import { STAFF_ROLES, type Actor } from "../auth/actor";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { fileStorage } from "../storage/storage";

/**
 * A stored file, if the actor may see it: staff see every file; an enterprise only its own.
 * Anything else is "not found", so ids cannot be probed.
 */
export async function readFileForActor({ actor, fileId }: { actor: Actor; fileId: string }) {
  if (!/^[0-9a-f-]{36}$/i.test(fileId)) throw new NotFoundError();
  const isStaff = STAFF_ROLES.includes(actor.role);
  const file = await db.storedFile.findFirst({
    where: isStaff ? { id: fileId } : { id: fileId, enterpriseId: actor.enterpriseId ?? "00000000-0000-0000-0000-000000000000" },
  });
  if (!file || (!isStaff && actor.role !== "ENTERPRISE")) throw new NotFoundError();
  return { file, bytes: await fileStorage().get(file.key) };
}

import "server-only";
import { PERMISSIONS } from "@/lib/domain/permissions";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { fileStorage } from "../storage/storage";

const NO_ENTERPRISE = "00000000-0000-0000-0000-000000000000";

/**
 * A stored file, if the actor may see it: the 审核部门 and 考核部门 see every file; an enterprise only
 * its own. Other roles (the 系统管理员 included) are refused; another unit's file is "not found",
 * so ids cannot be probed.
 */
export async function readFileForActor({ actor, fileId }: { actor: Actor; fileId: string }) {
  assertRole(actor, PERMISSIONS["file.read"].roles);
  if (!/^[0-9a-f-]{36}$/i.test(fileId)) throw new NotFoundError();
  const ownOnly = actor.role === "ENTERPRISE";
  const file = await db.storedFile.findFirst({
    where: ownOnly ? { id: fileId, enterpriseId: actor.enterpriseId ?? NO_ENTERPRISE } : { id: fileId },
  });
  if (!file) throw new NotFoundError();
  return { file, bytes: await fileStorage().get(file.key) };
}

import "server-only";
import type { TransferPayload } from "@/lib/schemas/payloads";
import type { Actor } from "../auth/actor";
import { fileCertificateApplication } from "../file-application";

/** Files the holder's 调出 from `unit` or 调入 to `unit` (the application is that unit's: it decides first). */
export function fileTransfer(input: {
  actor: Actor;
  kind: "TRANSFER_OUT" | "TRANSFER_IN";
  certificate: { id: string; personId: string };
  unit: { id: string; name: string };
  reason: string;
}) {
  const { actor, kind, certificate, unit, reason } = input;
  const payload: TransferPayload =
    kind === "TRANSFER_OUT" ? { reason, fromUnitName: unit.name } : { reason, toUnitName: unit.name };
  return fileCertificateApplication({ actor, kind, enterpriseId: unit.id, certificate, payload });
}

import "server-only";
import { renewedExpiry } from "@/lib/domain/certificate-dates";
import { renewalPayload } from "@/lib/schemas/payloads";

/**
 * The expiry a renewal gives: for an approved one, the date recorded on the certificate when it was
 * approved (what actually happened); otherwise the date it will give.
 */
export function renewalResult(app: { payload: unknown; certificateEvents: { kind: string; changes: unknown }[] }) {
  const { expiresOn } = renewalPayload.parse(app.payload);
  const recorded = app.certificateEvents.find((e) => e.kind === "RENEWED")?.changes as { expiresOn?: [string, string] } | null | undefined;
  return { from: expiresOn, to: recorded?.expiresOn?.[1] ?? renewedExpiry(expiresOn) };
}

import type { ApplicationKind } from "@/lib/domain/workflow";

/** URL slugs of the staff review queues. */
export const REVIEW_KINDS = {
  registration: "ENTERPRISE_REGISTRATION",
  "name-change": "NAME_CHANGE",
  "qualification-change": "QUALIFICATION_CHANGE",
  "unit-info-change": "UNIT_INFO_CHANGE",
  "transfer-out": "TRANSFER_OUT",
  "transfer-in": "TRANSFER_IN",
  renewal: "RENEWAL",
} as const satisfies Record<string, ApplicationKind>;

export type ReviewSlug = keyof typeof REVIEW_KINDS;

export function kindOfSlug(slug: string): ApplicationKind | null {
  return (REVIEW_KINDS as Record<string, ApplicationKind>)[slug] ?? null;
}

export function slugOfKind(kind: ApplicationKind): ReviewSlug | null {
  return (Object.keys(REVIEW_KINDS) as ReviewSlug[]).find((s) => REVIEW_KINDS[s] === kind) ?? null;
}

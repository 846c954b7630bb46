// What each kind of application proposes, as stored in Application.payload.
import { z } from "./zod";

const nameFields = z.object({ name: z.string(), licenseFileId: z.string() });
export const nameChangePayload = z.object({ before: nameFields, after: nameFields });
export type NameChangePayload = z.infer<typeof nameChangePayload>;

const qualificationFields = z.object({
  qualificationType: z.string(),
  qualificationLevel: z.string(),
  qualificationCertNo: z.string(),
  qualificationExpiry: z.string(),
  qualificationFileId: z.string(),
});
export const qualificationChangePayload = z.object({ before: qualificationFields, after: qualificationFields });
export type QualificationChangePayload = z.infer<typeof qualificationChangePayload>;
export type QualificationFields = z.infer<typeof qualificationFields>;

export const unitInfoChangePayload = z.object({
  oldUnitName: z.string(),
  newUnitName: z.string(),
  formFileId: z.string(),
  note: z.string().optional(),
});
export type UnitInfoChangePayload = z.infer<typeof unitInfoChangePayload>;

/** 调出 / 调入: the holder's reason and the unit names at the time of the application. */
export const transferPayload = z.object({
  reason: z.string(),
  /** 调出: the unit being left */
  fromUnitName: z.string().optional(),
  /** 调入: the unit being joined */
  toUnitName: z.string().optional(),
});
export type TransferPayload = z.infer<typeof transferPayload>;

/** 延续: the signed form, supporting files, a note, and the expiry it extends. */
export const renewalPayload = z.object({
  formFileId: z.string(),
  supportingFileIds: z.array(z.string()),
  note: z.string().optional(),
  /** the expiry being extended (YYYY-MM-DD) */
  expiresOn: z.string(),
});
export type RenewalPayload = z.infer<typeof renewalPayload>;

/** 注销: why the certificate should end, an optional attachment, and who filed (the holder or the unit). */
export const CANCELLATION_REASONS = [
  "本人申请",
  "离职且不再从事安全生产管理工作",
  "死亡或丧失民事行为能力",
  "其他",
] as const;
export const cancellationPayload = z.object({
  reason: z.enum(CANCELLATION_REASONS),
  /** required for 其他 */
  reasonText: z.string().max(200).optional(),
  attachmentFileId: z.string().optional(),
  filedBy: z.enum(["PERSON", "ENTERPRISE"]),
});
export type CancellationPayload = z.infer<typeof cancellationPayload>;

/** The reason as one line: 其他 is replaced by what was written. */
export const cancellationReasonText = (p: CancellationPayload) =>
  p.reason === "其他" ? `其他：${p.reasonText ?? ""}` : p.reason;

/** 企业注册: a snapshot of the fields and files as submitted (the enterprise row holds the data). */
export const registrationPayload = z.record(z.string(), z.unknown());

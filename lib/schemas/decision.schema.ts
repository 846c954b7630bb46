import { z } from "./zod";

/** Which application, at the version the user saw (a form's hidden fields). */
export const applicationAtVersion = {
  applicationId: z.uuid("参数错误"),
  version: z.coerce.number().int().min(0),
};

/** A staff decision on one application, at the version the reviewer saw. */
export const decisionSchema = z
  .object({
    ...applicationAtVersion,
    decision: z.enum(["approve", "reject", "issue"], "请选择审核结果"),
    opinion: z.string().trim().max(500, "意见不能超过500字").optional().default(""),
  })
  .refine((v) => v.decision !== "reject" || v.opinion.length > 0, {
    message: "请填写不通过原因",
    path: ["opinion"],
  });

/** 【取消申请】 / 【撤回】: the application at the version its owner saw. */
export const cancelApplicationSchema = z.object(applicationAtVersion);

/**
 * The ticked rows of a batch, each "applicationId:version", as { applicationId, expectedVersion }
 * (a row ticked twice counts once); `unit` names what a row is in the messages (条, 人).
 */
export function batchItems({ none, unit }: { none: string; unit: string }) {
  return z
    .union([z.string(), z.array(z.string())], none)
    .transform((v) => [...new Set(Array.isArray(v) ? v : [v])])
    .pipe(
      z
        .array(z.string().regex(/^[0-9a-f-]{36}:\d+$/, "参数错误"))
        .min(1, none)
        .max(200, `一次最多处理200${unit}`),
    )
    .transform((rows) =>
      rows.map((row) => {
        const [applicationId, version] = row.split(":");
        return { applicationId, expectedVersion: Number(version) };
      }),
    );
}

/** Staff 【批量通过】 / 【批量核发证书】. */
export const batchDecisionSchema = z.object({
  items: batchItems({ none: "请先勾选要处理的申请", unit: "条" }),
  decision: z.enum(["approve", "issue"]),
});

const note = z.string().trim().max(200, "备注不能超过200字").optional().default("");

/** The unit's application for one certificate (延续, 单位信息变更): a note; the files are read by the action. */
export const certificateApplicationSchema = z.object({ certificateId: z.uuid("参数错误"), note });

/** 【修改】 of a returned one: the application at the version seen, and the note. */
export const resubmitCertificateApplicationSchema = z.object({ ...applicationAtVersion, note });

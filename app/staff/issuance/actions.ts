"use server";

import { revalidatePath } from "next/cache";
import { IMPORT_COLUMNS, type IssuanceInput } from "@/lib/domain/certificate-issuance";
import { confirmImportSchema, importUploadSchema, issuanceRowSchema } from "@/lib/schemas/issuance.schema";
import { authedAction } from "@/lib/server/action";
import { fileFrom } from "@/lib/server/files/save-upload";
import { confirmCertificateImport } from "@/lib/server/issuance/confirm-certificate-import";
import { issueCertificate } from "@/lib/server/issuance/issue-certificate";
import { previewCertificateImport } from "@/lib/server/issuance/preview-certificate-import";

/** 单个核发 › 【核发证书】. The use case checks the typed values by the same rules as a batch row. */
export const issueCertificateAction = authedAction(
  { permission: "certificate.issue", schema: issuanceRowSchema },
  async ({ actor, formData }) => {
    const input = Object.fromEntries(
      IMPORT_COLUMNS.map((c) => [c.key, String(formData.get(c.key) ?? "")]),
    ) as IssuanceInput;
    const certificate = await issueCertificate({ actor, input });
    revalidatePath("/staff/certificates");
    return certificate;
  },
);

/** 批量导入 › 【上传并预览】: the rows are kept; the preview page shows what is wrong with each. */
export const previewImportAction = authedAction(
  {
    permission: "certificate.issue",
    schema: importUploadSchema,
    redirectTo: ({ importId }: { importId: string }) => `/staff/issuance/imports/${importId}`,
  },
  ({ actor, formData }) => previewCertificateImport({ actor, file: fileFrom(formData, "file") }),
);

/** 【确认导入】: issues the valid rows; the page then shows each row's outcome. */
export const confirmImportAction = authedAction(
  { permission: "certificate.issue", schema: confirmImportSchema },
  async ({ actor, input }) => {
    const result = await confirmCertificateImport({ actor, importId: input.importId });
    revalidatePath(`/staff/issuance/imports/${input.importId}`);
    return result;
  },
);

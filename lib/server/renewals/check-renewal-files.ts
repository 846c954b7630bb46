import "server-only";
import { MAX_SUPPORTING_FILES } from "@/lib/schemas/renewal.schema";
import { InvalidInputError } from "../errors";

/** The signed 申请表 (required on a first submission) and at most MAX_SUPPORTING_FILES 证明材料 in all. */
export function checkRenewalFiles(formFile: File | null, supporting: File[], required: boolean, alreadyAttached = 0) {
  if (required && !formFile)
    throw new InvalidInputError("请上传签字盖章后的申请表", { formFile: ["请上传签字盖章后的申请表"] });
  if (alreadyAttached + supporting.length > MAX_SUPPORTING_FILES) {
    const message = `证明材料最多${MAX_SUPPORTING_FILES}个`;
    throw new InvalidInputError(message, { supportingFiles: [message] });
  }
}

import type { EnterpriseFields } from "@/lib/schemas/enterprise.schema";
import { formatDateOnly } from "@/lib/format";

/** An enterprise row as the values of its form (the qualification date as YYYY-MM-DD). */
export function enterpriseFormValues(
  e: Omit<EnterpriseFields, "qualificationType" | "qualificationLevel" | "qualificationExpiry"> & {
    qualificationType: string;
    qualificationLevel: string;
    qualificationExpiry: Date;
  },
): EnterpriseFields {
  return {
    name: e.name,
    creditCode: e.creditCode,
    legalRepresentative: e.legalRepresentative,
    registeredAddress: e.registeredAddress,
    contactAddress: e.contactAddress,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    email: e.email,
    qualificationType: e.qualificationType as EnterpriseFields["qualificationType"],
    qualificationLevel: e.qualificationLevel as EnterpriseFields["qualificationLevel"],
    qualificationCertNo: e.qualificationCertNo,
    qualificationExpiry: formatDateOnly(e.qualificationExpiry),
  };
}

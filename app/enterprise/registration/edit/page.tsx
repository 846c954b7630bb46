import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getOwnRegistration } from "@/lib/server/registration/queries";
import { formatDateOnly } from "@/lib/format";
import type { EnterpriseFields } from "@/lib/schemas/enterprise.schema";
import { ResubmitForm } from "./resubmit-form";

export const metadata = { title: "修改注册信息" };

export default async function EditRegistrationPage() {
  const actor = await requirePageActor(["ENTERPRISE"], "/login/enterprise");
  const registration = await getOwnRegistration({ actor });
  if (registration.status !== "REJECTED") redirect("/enterprise");
  const e = registration.enterprise;
  const reason = [...registration.events].reverse().find((ev) => ev.toStatus === "REJECTED")?.opinion;
  const values: EnterpriseFields = {
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
  return (
    <Card className="mx-auto max-w-4xl">
      <CardHeader title="修改注册信息" />
      <CardBody className="space-y-4">
        <Alert tone="error" title="驳回原因">{reason ?? "—"}</Alert>
        <ResubmitForm
          applicationId={registration.id}
          version={registration.version}
          values={values}
          files={{
            license: { id: e.licenseFile.id, name: e.licenseFile.originalName },
            qualification: { id: e.qualificationFile.id, name: e.qualificationFile.originalName },
          }}
        />
      </CardBody>
    </Card>
  );
}

import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getOwnRegistration } from "@/lib/server/registration/queries";
import { enterpriseFormValues } from "@/components/enterprise/enterprise-values";
import { ResubmitForm } from "./resubmit-form";
import { lastRejection } from "@/lib/domain/workflow";

export const metadata = { title: "修改注册信息" };

export default async function EditRegistrationPage() {
  const actor = await requirePageActor("registration.own");
  const registration = await getOwnRegistration({ actor });
  if (registration.status !== "REJECTED") redirect("/enterprise");
  const e = registration.enterprise;
  const reason = lastRejection(registration.events)?.opinion;
  const values = enterpriseFormValues(e);
  return (
    <Card className="mx-auto max-w-4xl">
      <CardHeader title="修改注册信息" />
      <CardBody className="space-y-4">
        <Alert tone="error" title="驳回原因">
          {reason ?? "—"}
        </Alert>
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

import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getOwnEnterprise } from "@/lib/server/enterprises/queries";
import { listOwnApplications } from "@/lib/server/enterprises/own-applications";
import { OPEN_STATUSES } from "@/lib/domain/workflow";
import { ChangeEmailForm } from "./change-email-form";
import { enterpriseFormValues } from "@/components/enterprise/enterprise-values";
import { EditEnterpriseForm } from "./edit-form";

export const metadata = { title: "编辑企业信息" };

export default async function EditEnterprisePage() {
  const actor = await requirePageActor("unit.info.change");
  const [e, changes] = await Promise.all([
    getOwnEnterprise({ actor }),
    listOwnApplications({ actor, kinds: ["NAME_CHANGE", "QUALIFICATION_CHANGE"] }),
  ]);
  const open = changes.rows.filter((a) => OPEN_STATUSES.includes(a.status));
  const { creditCode: _creditCode, email: _email, ...values } = enterpriseFormValues(e);
  return (
    <>
      <h1 className="text-lg font-semibold">企业信息</h1>
      <Card>
        <CardBody>
          <EditEnterpriseForm
            values={values}
            creditCode={e.creditCode}
            files={{
              license: { id: e.licenseFile.id, name: e.licenseFile.originalName },
              qualification: { id: e.qualificationFile.id, name: e.qualificationFile.originalName },
            }}
            nameLocked={open.some((a) => a.kind === "NAME_CHANGE")}
            qualificationLocked={open.some((a) => a.kind === "QUALIFICATION_CHANGE")}
          />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="更换邮箱">
          <p className="text-xs text-slate-500">邮箱用于登录和接收通知，需通过新邮箱验证码确认后生效</p>
        </CardHeader>
        <CardBody>
          <ChangeEmailForm currentEmail={e.email} />
        </CardBody>
      </Card>
    </>
  );
}

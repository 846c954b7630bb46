import Link from "next/link";
import { notFound } from "next/navigation";
import { CertificateSubject } from "@/components/application/application-subject";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { NotFoundError } from "@/lib/server/errors";
import { getOwnCertificate } from "@/lib/server/persons/queries";
import { TransferInForm } from "./transfer-in-form";

export const metadata = { title: "调入申请" };

export default async function TransferInPage({ params }: PageProps<"/person/transfer/in/[certificateId]">) {
  const actor = await requirePageActor("person.transfer.apply");
  const { certificateId } = await params;
  let row;
  try {
    row = await getOwnCertificate({ actor, certificateId });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const unavailable = row.openTransfer
    ? "该证书已有办理中的调动申请，请在【我的申请】中查看进度。"
    : row.hasUnit
      ? `该证书仍在「${row.unitName}」名下，请先办理调出，调出完成后再申请调入。`
      : !row.canTransferIn
        ? `证书${row.status}，不能办理调动。`
        : null;

  return (
    <>
      <Link href="/person/certificates" className="text-sm text-brand-700 hover:underline">
        ← 返回我的证书
      </Link>
      <Card>
        <CardHeader title="调入申请" />
        <CardBody className="space-y-5">
          <CertificateSubject
            person={{ name: row.holderName }}
            certificate={{ ...row, unitName: row.unitName ?? "无所在单位" }}
            idNumber={row.idNumber}
          />
          {unavailable ? (
            <>
              <Alert tone="info">{unavailable}</Alert>
              {row.openTransfer ? (
                <ButtonLink href="/person/applications" variant="secondary">
                  我的申请
                </ButtonLink>
              ) : row.canTransferOut ? (
                <ButtonLink href={`/person/transfer/out/${row.id}`}>调出申请</ButtonLink>
              ) : null}
            </>
          ) : (
            <>
              <Alert tone="info" title="办理流程">
                提交后由调入单位审核；单位同意后，经审核部门审核、考核部门核发，证书登记到该单位名下，发证日期为核发当日。单位审核前可在【我的申请】中撤回。
              </Alert>
              <TransferInForm certificateId={row.id} />
            </>
          )}
        </CardBody>
      </Card>
    </>
  );
}

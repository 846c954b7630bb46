import Link from "next/link";
import { notFound } from "next/navigation";
import { CertificateSubject } from "@/components/application/application-subject";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { NotFoundError } from "@/lib/server/errors";
import { getOwnCertificate } from "@/lib/server/persons/queries";
import { TransferOutForm } from "./transfer-out-form";

export const metadata = { title: "调出申请" };

export default async function TransferOutPage({ params }: PageProps<"/person/transfer/out/[certificateId]">) {
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
    : !row.hasUnit
      ? "该证书目前不在任何单位名下，无需调出；如需加入新单位，请办理调入申请。"
      : !row.canTransferOut
        ? `证书${row.status}，不能办理调动。`
        : null;

  return (
    <>
      <Link href="/person/certificates" className="text-sm text-brand-700 hover:underline">
        ← 返回我的证书
      </Link>
      <Card>
        <CardHeader title="调出申请" />
        <CardBody className="space-y-5">
          <CertificateSubject person={{ name: row.holderName }} certificate={row} idNumber={row.idNumber} />
          {row.hasUnit && (
            <p className="rounded-md bg-slate-50 p-3 text-sm">
              从「<span className="font-medium">{row.unitName}</span>」调出
            </p>
          )}
          {unavailable ? (
            <>
              <Alert tone="info">{unavailable}</Alert>
              {row.openTransfer ? (
                <ButtonLink href="/person/applications" variant="secondary">
                  我的申请
                </ButtonLink>
              ) : row.canTransferIn ? (
                <ButtonLink href={`/person/transfer/in/${row.id}`}>调入申请</ButtonLink>
              ) : null}
            </>
          ) : (
            <>
              <Alert tone="info" title="办理流程">
                提交后由所在单位审核；单位同意后，经审核部门审核、考核部门核发，证书从本单位移出。单位审核前可在【我的申请】中撤回。
              </Alert>
              <TransferOutForm certificateId={row.id} />
            </>
          )}
        </CardBody>
      </Card>
    </>
  );
}

import { CertificateCancellationForm } from "@/components/application/certificate-cancellation-form";
import { HolderApplicationPage, holderCertificatePageData } from "@/components/application/holder-application-page";
import { NO_UNIT } from "@/lib/server/certificate-cancellations/submit-certificate-cancellation";
import { submitCancellationAction } from "./actions";

export const metadata = { title: "注销申请" };

export default async function CancellationPage(props: PageProps<"/person/cancellation/[certificateId]">) {
  const row = await holderCertificatePageData(props, "person.certificate.apply");
  const unavailable = row.openCancellation
    ? "该证书已有办理中的注销申请，请在【我的申请】中查看进度。"
    : !row.canCancel
      ? "该证书已注销。"
      : !row.hasUnit
        ? NO_UNIT
        : null;
  return (
    <HolderApplicationPage
      title="注销申请"
      row={row}
      unitName={row.unitName ?? "无所在单位"}
      unavailable={unavailable}
      instead={row.openCancellation ? { href: "/person/applications", label: "我的申请", secondary: true } : null}
      flow="提交后经审核部门审核、考核部门确认，证书注销，电子证书不再提供下载，单位与本人均会收到通知。审核前可在【我的申请】中取消申请。"
    >
      <CertificateCancellationForm certificateId={row.id} action={submitCancellationAction} />
    </HolderApplicationPage>
  );
}

import { HolderApplicationPage, holderCertificatePageData } from "@/components/application/holder-application-page";
import { TransferInForm } from "./transfer-in-form";

export const metadata = { title: "调入申请" };

export default async function TransferInPage(props: PageProps<"/person/transfer/in/[certificateId]">) {
  const row = await holderCertificatePageData(props, "person.transfer.apply");
  const unavailable = row.openTransfer
    ? "该证书已有办理中的调动申请，请在【我的申请】中查看进度。"
    : row.hasUnit
      ? `该证书仍在「${row.unitName}」名下，请先办理调出，调出完成后再申请调入。`
      : !row.canTransferIn
        ? `证书${row.status}，不能办理调动。`
        : null;
  return (
    <HolderApplicationPage
      title="调入申请"
      row={row}
      unitName={row.unitName ?? "无所在单位"}
      unavailable={unavailable}
      instead={
        row.openTransfer
          ? { href: "/person/applications", label: "我的申请", secondary: true }
          : row.canTransferOut
            ? { href: `/person/transfer/out/${row.id}`, label: "调出申请" }
            : null
      }
      flow="提交后由调入单位审核；单位同意后，经审核部门审核、考核部门核发，证书登记到该单位名下，发证日期为核发当日。单位审核前可在【我的申请】中撤回。"
    >
      <TransferInForm certificateId={row.id} />
    </HolderApplicationPage>
  );
}

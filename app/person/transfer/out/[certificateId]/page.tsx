import { HolderApplicationPage, holderCertificatePageData } from "@/components/application/holder-application-page";
import { TransferOutForm } from "./transfer-out-form";

export const metadata = { title: "调出申请" };

export default async function TransferOutPage(props: PageProps<"/person/transfer/out/[certificateId]">) {
  const row = await holderCertificatePageData(props, "person.transfer.apply");
  const unavailable = row.openTransfer
    ? "该证书已有办理中的调动申请，请在【我的申请】中查看进度。"
    : !row.hasUnit
      ? "该证书目前不在任何单位名下，无需调出；如需加入新单位，请办理调入申请。"
      : !row.canTransferOut
        ? `证书${row.status}，不能办理调动。`
        : null;
  return (
    <HolderApplicationPage
      title="调出申请"
      row={row}
      note={
        row.hasUnit && (
          <p className="rounded-md bg-slate-50 p-3 text-sm">
            从「<span className="font-medium">{row.unitName}</span>」调出
          </p>
        )
      }
      unavailable={unavailable}
      instead={
        row.openTransfer
          ? { href: "/person/applications", label: "我的申请", secondary: true }
          : row.canTransferIn
            ? { href: `/person/transfer/in/${row.id}`, label: "调入申请" }
            : null
      }
      flow="提交后由所在单位审核；单位同意后，经审核部门审核、考核部门核发，证书从本单位移出。单位审核前可在【我的申请】中撤回。"
    >
      <TransferOutForm certificateId={row.id} />
    </HolderApplicationPage>
  );
}

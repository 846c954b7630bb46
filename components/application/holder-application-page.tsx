import type { ReactNode } from "react";
import { CertificateSubject } from "@/components/application/application-subject";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { ButtonLink } from "@/components/ui/button-link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { Permission } from "@/lib/domain/permissions";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { NO_UNIT } from "@/lib/server/certificate-cancellations/submit-certificate-cancellation";
import { orNotFound } from "@/lib/server/page-data";
import { getOwnCertificate } from "@/lib/server/persons/queries";

// A holder's (个人端) application about one certificate (注销, 调出, 调入): the certificate, then either
// why it cannot be filed now (with where to go instead) or how it proceeds and the form.

export type OwnCertificate = Awaited<ReturnType<typeof getOwnCertificate>>;

type HolderKind = "CERTIFICATE_CANCELLATION" | "TRANSFER_OUT" | "TRANSFER_IN";

interface HolderApplicationKind {
  title: string;
  permission: Permission;
  /** what an open application of this sort is called (办理中的…申请), and whether the certificate has one */
  open: { label: string; of: (row: OwnCertificate) => unknown };
  /** why else it cannot be filed now, or null */
  unavailable: (row: OwnCertificate) => string | null;
  /** the other application to file instead, when this one cannot be */
  instead?: (row: OwnCertificate) => { href: string; label: string } | null;
  /** a line under the certificate */
  note?: (row: OwnCertificate) => ReactNode;
  /** how the application proceeds */
  flow: string;
}

const TRANSFER_BLOCKED = (row: OwnCertificate) => `证书${row.status}，不能办理调动。`;

const HOLDER_APPLICATIONS: Record<HolderKind, HolderApplicationKind> = {
  CERTIFICATE_CANCELLATION: {
    title: "注销申请",
    permission: "person.certificate.apply",
    open: { label: "注销", of: (row) => row.openCancellation },
    unavailable: (row) => (!row.canCancel ? "该证书已注销。" : !row.hasUnit ? NO_UNIT : null),
    flow: "提交后经审核部门审核、考核部门确认，证书注销，电子证书不再提供下载，单位与本人均会收到通知。审核前可在【我的申请】中取消申请。",
  },
  TRANSFER_OUT: {
    title: "调出申请",
    permission: "person.transfer.apply",
    open: { label: "调动", of: (row) => row.openTransfer },
    unavailable: (row) =>
      !row.hasUnit
        ? "该证书目前不在任何单位名下，无需调出；如需加入新单位，请办理调入申请。"
        : !row.canTransferOut
          ? TRANSFER_BLOCKED(row)
          : null,
    instead: (row) => (row.canTransferIn ? { href: `/person/transfer/in/${row.id}`, label: "调入申请" } : null),
    note: (row) =>
      row.hasUnit && (
        <p className="rounded-md bg-slate-50 p-3 text-sm">
          从「<span className="font-medium">{row.unitName}</span>」调出
        </p>
      ),
    flow: "提交后由所在单位审核；单位同意后，经审核部门审核、考核部门核发，证书从本单位移出。单位审核前可在【我的申请】中撤回。",
  },
  TRANSFER_IN: {
    title: "调入申请",
    permission: "person.transfer.apply",
    open: { label: "调动", of: (row) => row.openTransfer },
    unavailable: (row) =>
      row.hasUnit
        ? `该证书仍在「${row.unitName}」名下，请先办理调出，调出完成后再申请调入。`
        : !row.canTransferIn
          ? TRANSFER_BLOCKED(row)
          : null,
    instead: (row) => (row.canTransferOut ? { href: `/person/transfer/out/${row.id}`, label: "调出申请" } : null),
    flow: "提交后由调入单位审核；单位同意后，经审核部门审核、考核部门核发，证书登记到该单位名下，发证日期为核发当日。单位审核前可在【我的申请】中撤回。",
  },
};

/**
 * The page of `kind` for the signed-in holder's certificate (the URL's certificateId; another's or a
 * missing one is a 404); `form` is the application form for it.
 */
export function holderApplicationPage(kind: HolderKind, form: (row: OwnCertificate) => ReactNode) {
  const k = HOLDER_APPLICATIONS[kind];
  return async function HolderApplicationPage(props: { params: Promise<{ certificateId: string }> }) {
    const actor = await requirePageActor(k.permission);
    const row = await orNotFound(getOwnCertificate({ actor, certificateId: (await props.params).certificateId }));
    const open = Boolean(k.open.of(row));
    const unavailable = open
      ? `该证书已有办理中的${k.open.label}申请，请在【我的申请】中查看进度。`
      : k.unavailable(row);
    const instead = open ? { href: "/person/applications", label: "我的申请" } : (k.instead?.(row) ?? null);
    return (
      <>
        <BackLink href="/person/certificates">返回我的证书</BackLink>
        <Card>
          <CardHeader title={k.title} />
          <CardBody className="space-y-5">
            <CertificateSubject
              person={{ name: row.holderName }}
              certificate={{ ...row, unitName: k.note ? row.unitName : (row.unitName ?? "无所在单位") }}
              idNumber={row.idNumber}
            />
            {k.note?.(row)}
            {unavailable ? (
              <>
                <Alert tone="info">{unavailable}</Alert>
                {instead && (
                  <ButtonLink href={instead.href} variant={open ? "secondary" : undefined}>
                    {instead.label}
                  </ButtonLink>
                )}
              </>
            ) : (
              <>
                <Alert tone="info" title="办理流程">
                  {k.flow}
                </Alert>
                {form(row)}
              </>
            )}
          </CardBody>
        </Card>
      </>
    );
  };
}

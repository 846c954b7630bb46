import { BackLink } from "@/components/ui/back-link";
import Link from "next/link";
import { CertificateStatusBadge } from "@/components/certificates/certificate-status-badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CATEGORY_LABEL, SPECIALTY_LABEL } from "@/lib/domain/certificate";
import { KINDS, type ApplicationKind } from "@/lib/domain/application-kinds";
import { formatDateTime } from "@/lib/format";
import { ROLE_LABEL } from "@/lib/server/auth/actor";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getCertificateForStaff } from "@/lib/server/certificates/queries";
import { orNotFound } from "@/lib/server/page-data";
import { RevokeCertificateButton } from "./revoke-button";

export const metadata = { title: "证书详情" };

type CertificateDetail = Awaited<ReturnType<typeof getCertificateForStaff>>;
type CertificateEventRow = CertificateDetail["events"][number];

const EVENT_LABEL: Record<CertificateEventRow["kind"], string> = {
  ISSUED: "发证",
  REISSUED: "换发（单位信息变更）",
  MOVED_OUT: "调出",
  MOVED_IN: "调入",
  RENEWED: "延续",
  LAPSED: "失效",
  CANCELLED: "注销",
  REVOKED: "撤销",
};

const CHANGE_FIELD_LABEL: Record<string, string> = {
  unitName: "单位名称",
  issuedOn: "发证日期",
  expiresOn: "有效期至",
  enterpriseId: "所属单位",
  status: "证书状态",
};

/** Where staff open an application of this kind. */
function applicationHref(kind: ApplicationKind, id: string): string {
  return `/staff/review/${KINDS[kind].slug}/${id}`;
}

/** `changes` is `{ field: [before, after] }`; anything else is ignored. */
function changeList(changes: CertificateEventRow["changes"]) {
  if (!changes || typeof changes !== "object" || Array.isArray(changes)) return [];
  return Object.entries(changes).flatMap(([field, value]) =>
    Array.isArray(value) && value.length === 2 ? [{ field, before: value[0], after: value[1] }] : [],
  );
}

function ChangeValue({ field, value, linkEnterprise }: { field: string; value: unknown; linkEnterprise: boolean }) {
  if (value === null || value === undefined || value === "") return <span className="text-slate-500">（无）</span>;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  if (field === "enterpriseId") {
    // Only the id is recorded; 企业账号 (REVIEWER only) shows which unit it is.
    return linkEnterprise ? (
      <Link href={`/staff/enterprises/${text}`} className="font-mono text-xs break-all text-brand-700 hover:underline">
        {text}
      </Link>
    ) : (
      <span className="font-mono text-xs break-all">{text}</span>
    );
  }
  if (field === "status") return <span>{RECORD_STATUS_LABEL[text] ?? text}</span>;
  return <span className="break-words">{text}</span>;
}

const RECORD_STATUS_LABEL: Record<string, string> = { ACTIVE: "存续", LAPSED: "失效", REVOKED: "已注销" };

export default async function CertificateDetailPage({ params }: PageProps<"/staff/certificates/[id]">) {
  const actor = await requirePageActor("certificate.register.read");
  const { id } = await params;
  const certificate = await orNotFound(getCertificateForStaff({ actor, certificateId: id }));
  const linkEnterprise = actor.role === "REVIEWER";

  const fields: [string, React.ReactNode][] = [
    [
      "证书编号",
      <span key="n" className="font-mono">
        {certificate.number}
      </span>,
    ],
    ["姓名", certificate.holderName],
    [
      "身份证号",
      <span key="i" className="font-mono">
        {certificate.idNumber}
      </span>,
    ],
    ["类别", CATEGORY_LABEL[certificate.category]],
    ["专业", SPECIALTY_LABEL[certificate.specialty]],
    ["单位名称（证书所载）", certificate.unitName ?? "—"],
    ["发证机关", certificate.issuingAuthority],
    ["发证日期", certificate.issuedOn],
    ["有效期至", certificate.expiresOn],
    ["状态", <CertificateStatusBadge key="s" status={certificate.status} />],
  ];

  return (
    <>
      <BackLink href="/staff/certificates">返回证书登记簿</BackLink>
      <Card>
        <CardHeader
          title={`${certificate.holderName} 的证书`}
          actions={
            actor.role === "ASSESSOR" && certificate.status !== "已注销" ? (
              <RevokeCertificateButton
                certificateId={certificate.id}
                version={certificate.version}
                number={certificate.number}
              />
            ) : undefined
          }
        >
          <p className="font-mono text-xs text-slate-500">{certificate.number}</p>
        </CardHeader>
        <CardBody>
          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
            {fields.map(([label, value]) => (
              <div key={label} className="min-w-0">
                <dt className="text-xs text-slate-500">{label}</dt>
                <dd className="break-words">{value}</dd>
              </div>
            ))}
          </dl>
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="证书记录" />
        <CardBody>
          {certificate.events.length === 0 ? (
            <EmptyState title="暂无记录" />
          ) : (
            <ol className="relative space-y-4 border-l-2 border-slate-200 pl-5" aria-label="证书记录">
              {certificate.events.map((event) => {
                const changes = changeList(event.changes);
                const href = event.application ? applicationHref(event.application.kind, event.application.id) : null;
                const who = [event.actorRole ? ROLE_LABEL[event.actorRole] : null, event.actor?.displayName]
                  .filter(Boolean)
                  .join(" ");
                return (
                  <li key={event.id} className="relative">
                    <span
                      className="absolute top-1.5 -left-[27px] size-3 rounded-full border-2 border-white bg-brand-600 ring-1 ring-brand-600"
                      aria-hidden
                    />
                    <p className="text-sm font-medium">{EVENT_LABEL[event.kind]}</p>
                    <p className="text-xs text-slate-500">
                      <time dateTime={event.at.toISOString()}>{formatDateTime(event.at)}</time> · {who || "系统"}
                    </p>
                    {changes.length > 0 && (
                      <ul className="mt-1 space-y-0.5 rounded bg-slate-50 px-2 py-1 text-sm text-slate-700">
                        {changes.map((c) => (
                          <li key={c.field}>
                            <span className="text-slate-500">{CHANGE_FIELD_LABEL[c.field] ?? c.field}：</span>
                            <ChangeValue field={c.field} value={c.before} linkEnterprise={linkEnterprise} />
                            <span aria-hidden> → </span>
                            <span className="sr-only">改为</span>
                            <ChangeValue field={c.field} value={c.after} linkEnterprise={linkEnterprise} />
                          </li>
                        ))}
                      </ul>
                    )}
                    {event.reason && (
                      <p className="mt-1 text-sm break-words text-slate-700">
                        <span className="text-slate-500">原因：</span>
                        {event.reason}
                      </p>
                    )}
                    {event.application && (
                      <p className="mt-1 text-sm">
                        {href ? (
                          <Link href={href} className="text-brand-700 hover:underline">
                            查看申请（{KINDS[event.application.kind].label}）
                          </Link>
                        ) : (
                          <span className="text-slate-600">关联申请：{KINDS[event.application.kind].label}</span>
                        )}
                      </p>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
        </CardBody>
      </Card>
    </>
  );
}

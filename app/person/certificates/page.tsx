import Link from "next/link";
import { ArrowLeftFromLine, ArrowRightToLine, Ban } from "lucide-react";
import { CertificateCard } from "@/components/certificates/certificate-card";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/ui/status-badge";
import { KINDS } from "@/lib/domain/application-kinds";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listOwnCertificates } from "@/lib/server/persons/queries";
import { TodoCard } from "@/components/home/todo-card";
import { holderTodo } from "@/lib/domain/home-todo";
import { bindingNotice } from "@/lib/domain/person-binding";
import { countHolderTodo } from "@/lib/server/home-todo/count-holder-todo";
import { getOwnBinding } from "@/lib/server/person-bindings/queries";
import { RequestBindingButton } from "./request-binding-button";

export const metadata = { title: "我的证书" };

type Row = Awaited<ReturnType<typeof listOwnCertificates>>[number];

export default async function MyCertificatesPage() {
  const actor = await requirePageActor("person.workspace");
  const [rows, todo] = await Promise.all([listOwnCertificates({ actor }), countHolderTodo({ actor })]);
  return (
    <>
      <h1 className="text-lg font-semibold">我的证书</h1>
      {!todo ? (
        <Unbound actor={actor} />
      ) : rows.length === 0 ? (
        <div className="rounded-lg border border-slate-200 bg-white px-4">
          <EmptyState title="暂无证书">您名下暂无证书。</EmptyState>
        </div>
      ) : (
        <>
          <TodoCard items={holderTodo(todo)} />
          <Alert tone="info">
            证书在单位名下时，可申请【调出】；调出完成、证书无所在单位后，可申请【调入】新单位。申请先由单位审核，再经审核部门审核、考核部门核发。不再从事安全生产管理工作时，可申请【注销】。
          </Alert>
          <ul className="space-y-3" aria-label="我的证书">
            {rows.map((row) => (
              <li key={row.id} className="rounded-md bg-white shadow-sm [&>article]:rounded-b-none">
                <CertificateCard
                  row={{ ...row, unitName: row.hasUnit ? row.unitName : "无所在单位" }}
                  pdfHref={(r) => `/person/certificates/${r.id}/pdf`}
                />
                <CertificateActions row={row} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/**
 * An account bound to no record sees none of it (issue 10 §2): why — its claim waits for the unit's
 * (or 审核部门's) confirmation, was refused or undone, or there is none — and 【申请绑定】 when it may ask.
 */
async function Unbound({ actor }: { actor: Parameters<typeof getOwnBinding>[0]["actor"] }) {
  const binding = await getOwnBinding({ actor });
  const notice = bindingNotice(binding);
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <Alert tone={notice.tone} title={notice.title}>
        {notice.text}
      </Alert>
      {binding?.status !== "PENDING" && <RequestBindingButton />}
    </div>
  );
}

const bar =
  "flex flex-wrap items-center gap-2 rounded-b-md border border-t-0 border-slate-200 bg-slate-50 px-3 py-2 text-sm";
const small = "min-h-9 px-3 py-1.5";

/** What the holder can do with one certificate: follow an open application, or start one. */
function CertificateActions({ row }: { row: Row }) {
  return (
    <div className={bar}>
      <TransferAction row={row} />
      {row.openCancellation ? (
        <OpenApplication app={row.openCancellation} number={row.number} />
      ) : (
        row.canCancel && (
          <ButtonLink href={`/person/cancellation/${row.id}`} variant="secondary" className={small}>
            <Ban className="size-4" aria-hidden />
            注销申请
          </ButtonLink>
        )
      )}
    </div>
  );
}

function OpenApplication({ app, number }: { app: NonNullable<Row["openTransfer"]>; number: string }) {
  return (
    <span className="flex w-full flex-wrap items-center gap-2">
      <span className="text-slate-600">{KINDS[app.kind].label}</span>
      <StatusBadge status={app.status} />
      <Link href={`/person/applications#application-${app.id}`} className="ml-auto text-brand-700 hover:underline">
        查看进度<span className="sr-only">（{number}）</span>
      </Link>
    </span>
  );
}

function TransferAction({ row }: { row: Row }) {
  if (row.openTransfer) return <OpenApplication app={row.openTransfer} number={row.number} />;
  if (row.canTransferOut) {
    return (
      <>
        <span className="mr-auto text-xs text-slate-500">离开当前单位时办理</span>
        <ButtonLink href={`/person/transfer/out/${row.id}`} variant="secondary" className={small}>
          <ArrowLeftFromLine className="size-4" aria-hidden />
          调出申请
        </ButtonLink>
      </>
    );
  }
  if (row.canTransferIn) {
    return (
      <>
        <span className="mr-auto text-xs text-slate-500">加入新单位时办理</span>
        <ButtonLink href={`/person/transfer/in/${row.id}`} className={small}>
          <ArrowRightToLine className="size-4" aria-hidden />
          调入申请
        </ButtonLink>
      </>
    );
  }
  return <span className="mr-auto text-xs text-slate-500">证书{row.status}，不能办理调动</span>;
}

import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { maskIdNumber } from "@/lib/domain/id-number";
import { formatDateTime } from "@/lib/format";
import type { FormState } from "@/lib/form-state";
import type { listPendingBindings } from "@/lib/server/person-bindings/queries";
import { ConfirmActionButton } from "@/components/form/confirm-action-button";

type Rows = Awaited<ReturnType<typeof listPendingBindings>>;
type Row = Rows["rows"][number];
type BindingAction = (prev: FormState<void>, formData: FormData) => Promise<FormState<void>>;

/**
 * 个人账号绑定: one card per binding — the record (姓名, 身份证号, certificates) beside what the account
 * registered with (姓名, 手机号, 邮箱), so the decider can check it is the holder — and its buttons.
 */
export function BindingList({
  result,
  fullIdNumber,
  buttons,
  params,
  empty,
}: {
  result: Rows;
  /** staff see the 身份证号 in full, a unit masked */
  fullIdNumber: boolean;
  buttons: (row: Row) => React.ReactNode;
  params: Record<string, string | undefined>;
  empty: string;
}) {
  if (result.rows.length === 0) return <EmptyState title={empty} />;
  return (
    <>
      <ul className="space-y-3" aria-label="个人账号绑定">
        {result.rows.map((row) => {
          const profile = row.account.holderProfile;
          return (
            <li key={row.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
              <p className="font-medium">
                {row.person.name}
                <span className="ml-2 font-normal text-slate-500">
                  {fullIdNumber ? row.person.idNumber : maskIdNumber(row.person.idNumber)}
                </span>
              </p>
              <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2">
                <Item label="证书">{row.person.certificates.map((c) => c.number).join("、") || "—"}</Item>
                <Item label="注册姓名">{profile?.name ?? "—"}</Item>
                <Item label="注册手机号">{profile?.phone ?? "—"}</Item>
                <Item label="注册邮箱">{profile?.email ?? "—"}</Item>
                <Item label="申请时间">{formatDateTime(row.requestedAt)}</Item>
                {row.decidedAt && (
                  <Item label="确认时间">
                    {formatDateTime(row.decidedAt)}
                    {row.decidedBy ? `（${row.decidedBy.displayName}）` : ""}
                  </Item>
                )}
              </dl>
              <div className="mt-3 flex flex-wrap gap-2">{buttons(row)}</div>
            </li>
          );
        })}
      </ul>
      <Pagination result={result} params={params} />
    </>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex min-w-0 gap-2">
      <dt className="shrink-0 text-slate-500">{label}</dt>
      <dd className="min-w-0 break-all">{children}</dd>
    </div>
  );
}

/** 【确认绑定】 and 【拒绝】 for a pending binding. */
export function DecideBindingButtons({ row, action }: { row: Row; action: BindingAction }) {
  return (
    <>
      <ConfirmActionButton
        action={action}
        fields={{ bindingId: row.id, decision: "confirm" }}
        label="确认绑定"
        variant="primary"
        confirmLabel="确定"
        question={`确认该账号为持证人员${row.person.name}本人，并绑定其证书记录吗？确认后该账号可查看本人证书、办理业务。`}
      />
      <ConfirmActionButton
        action={action}
        fields={{ bindingId: row.id, decision: "refuse" }}
        label="拒绝"
        confirmLabel="确定"
        question={`确定拒绝该账号绑定${row.person.name}的证书记录吗？`}
      />
    </>
  );
}

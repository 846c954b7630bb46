import { Alert } from "@/components/ui/alert";
import { Card, CardBody } from "@/components/ui/card";
import { SearchBox } from "@/components/ui/search-box";
import { LinkTabs } from "@/components/ui/tabs";
import { ConfirmActionButton } from "@/components/form/confirm-action-button";
import { BindingList, DecideBindingButtons } from "@/components/person-binding/binding-list";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listConfirmedBindings, listPendingBindings } from "@/lib/server/person-bindings/queries";
import { decideBindingAction, undoBindingAction } from "./actions";
import { searchText } from "@/lib/domain/search-params";

export const metadata = { title: "账号绑定确认" };

/**
 * 审核部门: claims on holders whose certificates are at no unit (待确认), and the confirmed bindings,
 * searchable, to undo a wrong one (已绑定 › 【解除绑定】).
 */
export default async function StaffBindingsPage({ searchParams }: PageProps<"/staff/bindings">) {
  const actor = await requirePageActor("binding.manage");
  const sp = await searchParams;
  const tab = sp.tab === "confirmed" ? "confirmed" : "pending";
  const q = searchText(sp, "q");
  const page = Number(sp.page) || 1;
  const [pending, confirmed] = await Promise.all([
    listPendingBindings({ actor, page: tab === "pending" ? page : 1 }),
    listConfirmedBindings({ actor, q, page: tab === "confirmed" ? page : 1 }),
  ]);
  return (
    <>
      <h1 className="text-lg font-semibold">账号绑定确认</h1>
      <Alert tone="info">
        证书不在任何单位名下的持证人员注册个人账号后，由审核部门确认是否本人；证书在单位名下的，由单位确认。已绑定的账号如有误，可【解除绑定】。
      </Alert>
      <LinkTabs
        label="绑定状态"
        current={tab}
        tabs={[
          { key: "pending", label: "待确认", href: "?tab=pending", count: pending.total },
          { key: "confirmed", label: "已绑定", href: "?tab=confirmed", count: confirmed.total },
        ]}
      />
      <Card>
        <CardBody className="space-y-3">
          {tab === "pending" ? (
            <BindingList
              result={pending}
              fullIdNumber
              params={{ tab }}
              empty="暂无待确认的个人账号绑定"
              buttons={(row) => <DecideBindingButtons row={row} action={decideBindingAction} />}
            />
          ) : (
            <>
              <SearchBox q={q} placeholder="姓名或身份证号" keep={{ tab }} />
              <BindingList
                result={confirmed}
                fullIdNumber
                params={{ tab, q }}
                empty="没有符合条件的已绑定账号"
                buttons={(row) => (
                  <ConfirmActionButton
                    action={undoBindingAction}
                    fields={{ bindingId: row.id }}
                    label="解除绑定"
                    confirmLabel="确定"
                    question={`确定解除该账号与${row.person.name}证书记录的绑定吗？解除后该账号不能再查看这些证书。`}
                  />
                )}
              />
            </>
          )}
        </CardBody>
      </Card>
    </>
  );
}

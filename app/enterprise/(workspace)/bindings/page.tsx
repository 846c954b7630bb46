import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { BindingList, DecideBindingButtons } from "@/components/person-binding/binding-list";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listPendingBindings } from "@/lib/server/person-bindings/queries";
import { decideBindingAction } from "./actions";

export const metadata = { title: "个人账号绑定确认" };

/** 待办 › 个人账号绑定确认: holders of the unit's certificates who registered a 个人账号. */
export default async function UnitBindingsPage({ searchParams }: PageProps<"/enterprise/bindings">) {
  const actor = await requirePageActor("unit.binding.decide");
  const page = Number((await searchParams).page) || 1;
  const result = await listPendingBindings({ actor, page });
  return (
    <>
      <p className="text-xs text-slate-500">
        <Link href="/enterprise/info" className="hover:underline">
          待办
        </Link>{" "}
        › 个人账号绑定确认
      </p>
      <h1 className="text-lg font-semibold">个人账号绑定确认</h1>
      <Alert tone="info">
        本单位持证人员注册个人账号后，须经本单位确认是本人，账号才能查看证书、办理调出调入等业务。请核对注册手机号、邮箱确为本人后【确认绑定】；不是本人的，请【拒绝】。
      </Alert>
      <Card>
        <CardHeader title={`待确认（${result.total}）`} />
        <CardBody>
          <BindingList
            result={result}
            fullIdNumber={false}
            params={{}}
            empty="暂无待确认的个人账号绑定"
            buttons={(row) => <DecideBindingButtons row={row} action={decideBindingAction} />}
          />
        </CardBody>
      </Card>
    </>
  );
}

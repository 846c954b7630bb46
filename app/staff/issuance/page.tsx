import { Download } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { LinkTabs } from "@/components/ui/tabs";
import { todayInShanghai } from "@/lib/domain/calendar-date";
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS } from "@/lib/domain/certificate-issuance";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { ImportForm } from "./import-form";
import { IssueForm } from "./issue-form";

export const metadata = { title: "首次核发" };

const TABS = [
  { key: "single", label: "单个核发", href: "/staff/issuance" },
  { key: "import", label: "批量导入", href: "/staff/issuance?tab=import" },
];

/** 首次核发: one certificate with the form, or a batch from the Excel template. */
export default async function IssuancePage({ searchParams }: PageProps<"/staff/issuance">) {
  await requirePageActor("certificate.issue");
  const tab = (await searchParams).tab === "import" ? "import" : "single";
  return (
    <>
      <h1 className="text-lg font-semibold">首次核发</h1>
      <LinkTabs tabs={TABS} current={tab} label="核发方式" />
      {tab === "single" ? (
        <Card>
          <CardHeader title="单个核发">
            <p className="text-sm text-slate-500">考核合格人员的证书；证书编号按编号规则自动生成。</p>
          </CardHeader>
          <CardBody>
            <IssueForm today={todayInShanghai()} />
          </CardBody>
        </Card>
      ) : (
        <Card>
          <CardHeader
            title="批量导入"
            actions={
              <a href="/staff/issuance/template" className={buttonClass("secondary")} download>
                <Download className="size-4" aria-hidden />
                下载模板
              </a>
            }
          />
          <CardBody className="space-y-4">
            <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-600">
              <li>【下载模板】，从第2行起每行填写一人：{IMPORT_COLUMNS.map((c) => c.header).join("、")}。</li>
              <li>
                性别填“男”或“女”；类别填 A、B 或
                C；专业填“公路”或“水运”；单位填已审核通过单位的统一社会信用代码，可不填； 发证日期格式为 YYYY-MM-DD。
              </li>
              <li>上传后先预览：每行的错误会列出，确认前不会写入任何数据。【确认导入】只核发无误的行。</li>
              <li>每个文件不超过 {MAX_IMPORT_ROWS} 行；同一文件不会重复导入。</li>
            </ol>
            <ImportForm />
          </CardBody>
        </Card>
      )}
    </>
  );
}

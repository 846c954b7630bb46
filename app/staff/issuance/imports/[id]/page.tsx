import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Pagination } from "@/components/ui/pagination";
import { LinkTabs } from "@/components/ui/tabs";
import { IMPORT_COLUMNS } from "@/lib/domain/certificate-issuance";
import { formatDateTime } from "@/lib/format";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { NotFoundError } from "@/lib/server/errors";
import { getCertificateImport, type ImportRowView } from "@/lib/server/issuance/get-certificate-import";
import { paginateRows } from "@/lib/server/paginate";
import { ConfirmImportForm } from "./confirm-import-form";

export const metadata = { title: "导入预览" };

const PAGE_SIZE = 100;
const CELL = "px-2 py-2 align-top whitespace-nowrap";

/** A previewed import (each row and what is wrong with it, 【确认导入】), or, once confirmed, its outcome. */
export default async function ImportPage({ params, searchParams }: PageProps<"/staff/issuance/imports/[id]">) {
  const actor = await requirePageActor("certificate.issue");
  const { id } = await params;
  const sp = await searchParams;
  const batch = await getCertificateImport({ actor, importId: id }).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const confirmed = batch.status === "CONFIRMED";
  const validCount = batch.rows.length - batch.errorCount;
  const show = sp.show === "errors" || sp.show === "valid" ? sp.show : "all";
  const shown = batch.rows.filter((r) => (show === "all" ? true : r.errors.length > 0 === (show === "errors")));
  const page = paginateRows(shown, Number(sp.page) || 1, PAGE_SIZE);
  const base = `/staff/issuance/imports/${batch.id}`;
  const tabs = [
    { key: "all", label: "全部", href: base, count: batch.rows.length },
    { key: "errors", label: confirmed ? "未导入" : "有误", href: `${base}?show=errors`, count: batch.errorCount },
    { key: "valid", label: confirmed ? "已核发" : "可导入", href: `${base}?show=valid`, count: validCount },
  ];

  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-lg font-semibold">{confirmed ? "导入结果" : "导入预览"}</h1>
        <Link href="/staff/issuance?tab=import" className="text-sm text-brand-700 hover:underline">
          返回批量导入
        </Link>
      </div>
      <Card>
        <CardHeader title={batch.fileName}>
          <p className="text-sm text-slate-500">
            上传于 {formatDateTime(batch.createdAt)}
            {batch.confirmedAt && `，导入于 ${formatDateTime(batch.confirmedAt)}`}
          </p>
        </CardHeader>
        <CardBody className="space-y-4">
          {confirmed ? (
            <Alert tone={batch.errorCount ? "info" : "success"} title={`已核发 ${validCount} 本证书`}>
              {batch.errorCount > 0 && `${batch.errorCount} 行未导入，原因见“未导入”。`}
              单位可在【证书查询】中查看，已注册的持证人可在【我的证书】中查看。
            </Alert>
          ) : (
            <>
              <Alert
                tone={batch.errorCount ? "error" : "info"}
                title={`共 ${batch.rows.length} 行：可导入 ${validCount} 行，有误 ${batch.errorCount} 行`}
              >
                {batch.errorCount > 0
                  ? "有误的行不会导入；可修改文件后重新上传，或只导入无误的行。"
                  : "尚未写入任何数据，请核对后【确认导入】。"}
              </Alert>
              <ConfirmImportForm importId={batch.id} validCount={validCount} />
            </>
          )}
          <LinkTabs tabs={tabs} current={show} label="筛选行" />
          <ul className="space-y-2 sm:hidden" aria-label="导入的行">
            {page.rows.map((row) => (
              <li
                key={row.line}
                className={cn(
                  "space-y-1 rounded-md border p-3 text-sm",
                  row.errors.length ? "border-red-200 bg-red-50/60" : "border-slate-200",
                )}
              >
                <p className="font-medium">
                  第 {row.line} 行 · {row.name || "（未填姓名）"}
                </p>
                <p className="text-xs break-all text-slate-600">
                  {[row.idNumber, row.gender, row.category && `${row.category}类`, row.specialty]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                <p className="text-xs text-slate-600">
                  <span className="break-all">单位 {row.creditCode || "—"}</span> ·{" "}
                  <span className="whitespace-nowrap">发证日期 {row.issuedOn || "—"}</span>
                </p>
                <RowOutcome row={row} />
              </li>
            ))}
          </ul>
          <div className="hidden overflow-x-auto sm:block" role="region" aria-label="导入的行" tabIndex={0}>
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-xs text-slate-500">
                <tr>
                  <th scope="col" className={cn(CELL, "font-medium")}>
                    行号
                  </th>
                  {IMPORT_COLUMNS.map((c) => (
                    <th key={c.key} scope="col" className={cn(CELL, "font-medium")}>
                      {c.header}
                    </th>
                  ))}
                  <th scope="col" className={cn(CELL, "font-medium")}>
                    {confirmed ? "结果" : "错误"}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {page.rows.map((row) => (
                  <tr key={row.line} className={row.errors.length ? "bg-red-50/60" : undefined}>
                    <td className={CELL}>{row.line}</td>
                    {IMPORT_COLUMNS.map((c) => (
                      <td
                        key={c.key}
                        className={cn(CELL, row.errors.some((e) => e.field === c.key) && "font-medium text-red-700")}
                      >
                        {row[c.key] || <span className="text-slate-400">—</span>}
                      </td>
                    ))}
                    <td className={cn(CELL, "min-w-64 whitespace-normal")}>
                      <RowOutcome row={row} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination result={page} params={{ show: show === "all" ? undefined : show }} />
        </CardBody>
      </Card>
    </>
  );
}

/** What is wrong with a row, or its certificate number once issued. */
function RowOutcome({ row }: { row: ImportRowView }) {
  if (row.errors.length > 0) {
    return (
      <ul className="space-y-0.5 text-red-700">
        {row.errors.map((e) => (
          <li key={e.message}>{e.message}</li>
        ))}
      </ul>
    );
  }
  return <span className="text-green-700">{row.number ? `已核发 ${row.number}` : "无误"}</span>;
}

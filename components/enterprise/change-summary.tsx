import { ENTERPRISE_FIELD_LABEL } from "@/lib/schemas/enterprise.schema";
import { nameChangePayload, qualificationChangePayload } from "@/lib/schemas/payloads";

type Row = { label: string; before: string; after: string; fileId?: { before: string; after: string } };

/** The fields a 单位名称变更 / 资质变更 proposes, old beside new. */
function changeRows(kind: string, payload: unknown): Row[] {
  if (kind === "NAME_CHANGE") {
    const { before, after } = nameChangePayload.parse(payload);
    return [
      { label: ENTERPRISE_FIELD_LABEL.name, before: before.name, after: after.name },
      {
        label: "营业执照",
        before: "原营业执照",
        after: "新营业执照",
        fileId: { before: before.licenseFileId, after: after.licenseFileId },
      },
    ];
  }
  const { before, after } = qualificationChangePayload.parse(payload);
  const fields = ["qualificationType", "qualificationLevel", "qualificationCertNo", "qualificationExpiry"] as const;
  return [
    ...fields.map((f) => ({ label: ENTERPRISE_FIELD_LABEL[f], before: before[f], after: after[f] })),
    {
      label: "资质证书",
      before: "原资质证书",
      after: "新资质证书",
      fileId: { before: before.qualificationFileId, after: after.qualificationFileId },
    },
  ];
}

const isChanged = (r: Row) => (r.fileId ? r.fileId.before !== r.fileId.after : r.before !== r.after);

/** Only the fields the application changes, old → new (a replaced file: "已重新上传"). */
export function ChangedFields({ kind, payload, className }: { kind: string; payload: unknown; className?: string }) {
  const rows = changeRows(kind, payload).filter(isChanged);
  return (
    <ul aria-label="变更内容" className={className}>
      {rows.map((r) => (
        <li key={r.label}>
          {r.label}：
          {r.fileId ? (
            "已重新上传"
          ) : (
            <>
              {r.before} → <span className="font-medium text-slate-900">{r.after}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Old-vs-new, one row per field (stacked on a phone); changed rows are marked with text, not colour alone. */
export function ChangeComparison({ kind, payload }: { kind: string; payload: unknown }) {
  const rows = changeRows(kind, payload);
  const changedLabels = rows.filter(isChanged).map((r) => r.label);
  const value = (r: Row, side: "before" | "after") =>
    r.fileId ? (
      <a className="text-brand-700 underline" href={`/files/${r.fileId[side]}`} target="_blank" rel="noreferrer">
        {r[side]}
      </a>
    ) : (
      r[side]
    );
  // ARIA table roles on a grid, so it reads as a table and still stacks on a phone (the 变更前/变更后
  // captions there are CSS content, outside the cells' text).
  return (
    <div className="space-y-2">
      <p className="text-sm">
        本次变更：<span className="font-medium">{changedLabels.length ? changedLabels.join("、") : "无"}</span>
      </p>
      <div
        role="table"
        aria-label="变更前后对比"
        className="divide-y divide-slate-100 border-y border-slate-100 text-sm"
      >
        <div role="row" className="hidden gap-3 py-2 text-xs text-slate-500 sm:grid sm:grid-cols-[10rem_1fr_1fr]">
          <span role="columnheader">项目</span>
          <span role="columnheader">变更前</span>
          <span role="columnheader">变更后</span>
        </div>
        {rows.map((r) => {
          const changed = isChanged(r);
          return (
            <div
              role="row"
              key={r.label}
              className={`grid gap-x-3 gap-y-1 py-2 sm:grid-cols-[10rem_1fr_1fr] ${changed ? "bg-amber-50/60" : ""}`}
            >
              <span role="cell" className="font-medium sm:font-normal">
                {r.label}
                {changed && <span className="ml-1 text-xs text-amber-800">（已变更）</span>}
              </span>
              <span
                role="cell"
                className="text-slate-600 before:mr-1 before:text-xs before:text-slate-500 before:content-['变更前：'] sm:before:content-none"
              >
                {value(r, "before")}
              </span>
              <span
                role="cell"
                className="font-medium before:mr-1 before:text-xs before:font-normal before:text-slate-500 before:content-['变更后：'] sm:before:content-none"
              >
                {value(r, "after")}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}

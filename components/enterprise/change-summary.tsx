import { ENTERPRISE_FIELD_LABEL } from "@/lib/schemas/enterprise.schema";
import { nameChangePayload, qualificationChangePayload } from "@/lib/schemas/payloads";

type Row = { label: string; before: string; after: string; fileId?: { before: string; after: string } };

/** The fields a 单位名称变更 / 资质变更 proposes, old beside new. */
export function changeRows(kind: string, payload: unknown): Row[] {
  if (kind === "NAME_CHANGE") {
    const { before, after } = nameChangePayload.parse(payload);
    return [
      { label: ENTERPRISE_FIELD_LABEL.name, before: before.name, after: after.name },
      { label: "营业执照", before: "原营业执照", after: "新营业执照", fileId: { before: before.licenseFileId, after: after.licenseFileId } },
    ];
  }
  const { before, after } = qualificationChangePayload.parse(payload);
  const fields = ["qualificationType", "qualificationLevel", "qualificationCertNo", "qualificationExpiry"] as const;
  return [
    ...fields.map((f) => ({ label: ENTERPRISE_FIELD_LABEL[f], before: before[f], after: after[f] })),
    { label: "资质证书", before: "原资质证书", after: "新资质证书", fileId: { before: before.qualificationFileId, after: after.qualificationFileId } },
  ];
}

/** Old-vs-new table; changed rows are marked with text, not colour alone. */
export function ChangeComparison({ kind, payload }: { kind: string; payload: unknown }) {
  const rows = changeRows(kind, payload);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[480px] text-left text-sm">
        <thead className="border-b border-slate-200 text-xs text-slate-500">
          <tr>
            <th className="py-2 pr-3 font-medium">项目</th>
            <th className="py-2 pr-3 font-medium">变更前</th>
            <th className="py-2 font-medium">变更后</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => {
            const changed = r.fileId ? r.fileId.before !== r.fileId.after : r.before !== r.after;
            return (
              <tr key={r.label} className={changed ? "bg-amber-50/60" : undefined}>
                <td className="py-2 pr-3 whitespace-nowrap">
                  {r.label}
                  {changed && <span className="ml-1 text-xs text-amber-800">（已变更）</span>}
                </td>
                <td className="py-2 pr-3">
                  {r.fileId ? <a className="text-brand-700 underline" href={`/files/${r.fileId.before}`} target="_blank" rel="noreferrer">{r.before}</a> : r.before}
                </td>
                <td className="py-2 font-medium">
                  {r.fileId ? <a className="text-brand-700 underline" href={`/files/${r.fileId.after}`} target="_blank" rel="noreferrer">{r.after}</a> : r.after}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

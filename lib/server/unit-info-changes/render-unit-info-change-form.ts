import "server-only";
import { formatChineseDate, toDateOnly } from "@/lib/domain/calendar-date";
import type { Actor } from "../auth/actor";
import { renderHolderForm } from "../documents/render-holder-form";
import { getCertificateForUnitInfoChange } from "./get-certificate-for-unit-info-change";

/** 【下载申请表】: the 单位信息变更 申请表 for one holder. */
export async function renderUnitInfoChangeForm({ actor, certificateId }: { actor: Actor; certificateId: string }) {
  const c = await getCertificateForUnitInfoChange({ actor, certificateId });
  const oldName = c.unitName ?? "";
  return renderHolderForm({
    kind: "单位信息变更",
    title: "安管人员证书单位信息变更申请表",
    certificate: c,
    rows: [
      ["有效期至", formatChineseDate(toDateOnly(c.expiresOn))],
      ["原单位名称", oldName],
      ["新单位名称", c.currentUnitName],
    ],
    signed: { 原单位名称: oldName, 新单位名称: c.currentUnitName },
    declaration:
      "本单位名称已经登记机关核准变更，现申请将上述人员安全生产考核合格证书所载单位名称变更为新单位名称。" +
      "本人及本单位承诺所填信息真实、准确，如有虚假，愿承担相应责任。",
  });
}

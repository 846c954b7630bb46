import "server-only";
import { formatChineseDate, toDateOnly } from "@/lib/domain/calendar-date";
import { renewedExpiry } from "@/lib/domain/certificate-dates";
import type { Actor } from "../auth/actor";
import { renderHolderForm } from "../documents/render-holder-form";
import { getCertificateForRenewal } from "./get-certificate-for-renewal";

/** 【下载申请表】 for a 证书延续 application. */
export async function renderRenewalForm({ actor, certificateId }: { actor: Actor; certificateId: string }) {
  const c = await getCertificateForRenewal({ actor, certificateId });
  const expiresOn = toDateOnly(c.expiresOn);
  const unitName = c.enterprise?.name ?? "";
  return renderHolderForm({
    kind: "证书延续",
    title: "安管人员安全生产考核合格证书延续申请表",
    certificate: c,
    rows: [
      ["所在单位", unitName],
      ["发证日期", formatChineseDate(toDateOnly(c.issuedOn))],
      ["原有效期至", formatChineseDate(expiresOn)],
      ["延续后有效期至", formatChineseDate(renewedExpiry(expiresOn))],
    ],
    signed: { 单位名称: unitName, 原有效期至: expiresOn, 延续后有效期至: renewedExpiry(expiresOn) },
    declaration:
      "本人在证书有效期内未发生负有责任的生产安全事故，已按规定参加安全生产教育培训，现申请证书延续。" +
      "本人及本单位承诺所填信息及所附材料真实、准确，如有虚假，愿承担相应责任。",
  });
}

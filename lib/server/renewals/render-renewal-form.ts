import "server-only";
import { CATEGORY_LABEL, SPECIALTY_LABEL } from "@/lib/domain/certificate";
import { formatChineseDate, todayInShanghai, toDateOnly } from "@/lib/domain/calendar-date";
import { renewedExpiry } from "@/lib/domain/certificate-dates";
import { maskIdNumber } from "@/lib/domain/id-number";
import type { Actor } from "../auth/actor";
import { renderApplicationFormPdf } from "../documents/application-form";
import { signFormToken } from "../documents/form-token";
import { env } from "../env";
import { getCertificateForRenewal } from "./get-certificate-for-renewal";

/** 【下载申请表】 for a 证书延续 application: to be signed, stamped, scanned and uploaded. */
export async function renderRenewalForm({ actor, certificateId }: { actor: Actor; certificateId: string }) {
  const c = await getCertificateForRenewal({ actor, certificateId });
  const generatedOn = todayInShanghai();
  const expiresOn = toDateOnly(c.expiresOn);
  const token = signFormToken({
    kind: "证书延续",
    certificateNumber: c.number,
    holderName: c.person.name,
    fields: { 单位名称: c.enterprise?.name ?? "", 原有效期至: expiresOn, 延续后有效期至: renewedExpiry(expiresOn) },
    generatedOn,
  });
  const pdf = await renderApplicationFormPdf({
    title: "安管人员安全生产考核合格证书延续申请表",
    rows: [
      ["姓名", c.person.name],
      ["身份证号", maskIdNumber(c.person.idNumber)],
      ["证书编号", c.number],
      ["类别", CATEGORY_LABEL[c.category]],
      ["专业", SPECIALTY_LABEL[c.specialty]],
      ["所在单位", c.enterprise?.name ?? ""],
      ["发证日期", formatChineseDate(toDateOnly(c.issuedOn))],
      ["原有效期至", formatChineseDate(expiresOn)],
      ["延续后有效期至", formatChineseDate(renewedExpiry(expiresOn))],
      ["申请日期", formatChineseDate(generatedOn)],
    ],
    declaration:
      "本人在证书有效期内未发生负有责任的生产安全事故，已按规定参加安全生产教育培训，现申请证书延续。本人及本单位承诺所填信息及所附材料真实、准确，如有虚假，愿承担相应责任。",
    signatureBoxes: ["持证人签字", "单位盖章"],
    verifyUrl: `${env.appUrl}/forms/verify?t=${token}`,
    generatedOn,
    footer: "交通运输工程施工单位安管人员安全生产考核管理信息系统生成",
  });
  return { pdf, fileName: `证书延续申请表-${c.person.name}-${c.number}.pdf` };
}

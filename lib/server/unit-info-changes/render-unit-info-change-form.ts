import "server-only";
import { CATEGORY_LABEL, SPECIALTY_LABEL } from "@/lib/domain/certificate";
import { formatChineseDate, todayInShanghai, toDateOnly } from "@/lib/domain/calendar-date";
import { maskIdNumber } from "@/lib/domain/id-number";
import type { Actor } from "../auth/actor";
import { renderApplicationFormPdf } from "../documents/application-form";
import { signFormToken } from "../documents/form-token";
import { env } from "../env";
import { getCertificateForUnitInfoChange } from "./get-certificate-for-unit-info-change";

/**
 * 【下载申请表】: the 单位信息变更 申请表 for one holder, to be signed, stamped, scanned and uploaded.
 * Its QR code opens /forms/verify, which confirms the printed facts were issued by this system.
 */
export async function renderUnitInfoChangeForm({ actor, certificateId }: { actor: Actor; certificateId: string }) {
  const c = await getCertificateForUnitInfoChange({ actor, certificateId });
  const generatedOn = todayInShanghai();
  const oldName = c.unitName ?? "";
  const token = signFormToken({
    kind: "单位信息变更",
    certificateNumber: c.number,
    holderName: c.person.name,
    fields: { 原单位名称: oldName, 新单位名称: c.currentUnitName },
    generatedOn,
  });
  const pdf = await renderApplicationFormPdf({
    title: "安管人员证书单位信息变更申请表",
    rows: [
      ["姓名", c.person.name],
      ["身份证号", maskIdNumber(c.person.idNumber)],
      ["证书编号", c.number],
      ["类别", CATEGORY_LABEL[c.category]],
      ["专业", SPECIALTY_LABEL[c.specialty]],
      ["有效期至", formatChineseDate(toDateOnly(c.expiresOn))],
      ["原单位名称", oldName],
      ["新单位名称", c.currentUnitName],
      ["申请日期", formatChineseDate(generatedOn)],
    ],
    declaration:
      "本单位名称已经登记机关核准变更，现申请将上述人员安全生产考核合格证书所载单位名称变更为新单位名称。本人及本单位承诺所填信息真实、准确，如有虚假，愿承担相应责任。",
    signatureBoxes: ["持证人签字", "单位盖章"],
    verifyUrl: `${env.appUrl}/forms/verify?t=${token}`,
    generatedOn,
    footer: "交通运输工程施工单位安管人员安全生产考核管理信息系统生成",
  });
  return { pdf, fileName: `单位信息变更申请表-${c.person.name}-${c.number}.pdf` };
}

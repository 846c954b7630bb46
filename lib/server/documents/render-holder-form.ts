import "server-only";
import { formatChineseDate, todayInShanghai } from "@/lib/domain/calendar-date";
import { CATEGORY_LABEL, SPECIALTY_LABEL, type CertificateCategory, type Specialty } from "@/lib/domain/certificate";
import { maskIdNumber } from "@/lib/domain/id-number";
import { env } from "../env";
import { renderApplicationFormPdf } from "./application-form";
import { signFormToken } from "./form-token";

/**
 * 【下载申请表】 for an application about one holder's certificate: to be signed by the holder,
 * stamped by the unit, scanned and uploaded. The holder and certificate rows come first, then the
 * kind's own rows and the date; the QR code opens /forms/verify, which confirms that the `signed`
 * facts were issued by this system.
 */
export async function renderHolderForm(input: {
  /** the application kind, as printed in the verification page and the file name */
  kind: string;
  title: string;
  certificate: {
    number: string;
    category: CertificateCategory;
    specialty: Specialty;
    person: { name: string; idNumber: string };
  };
  rows: [string, string][];
  /** the facts the QR token vouches for */
  signed: Record<string, string>;
  declaration: string;
}) {
  const { certificate: c } = input;
  const generatedOn = todayInShanghai();
  const token = signFormToken({
    kind: input.kind,
    certificateNumber: c.number,
    holderName: c.person.name,
    fields: input.signed,
    generatedOn,
  });
  const pdf = await renderApplicationFormPdf({
    title: input.title,
    rows: [
      ["姓名", c.person.name],
      ["身份证号", maskIdNumber(c.person.idNumber)],
      ["证书编号", c.number],
      ["类别", CATEGORY_LABEL[c.category]],
      ["专业", SPECIALTY_LABEL[c.specialty]],
      ...input.rows,
      ["申请日期", formatChineseDate(generatedOn)],
    ],
    declaration: input.declaration,
    signatureBoxes: ["持证人签字", "单位盖章"],
    verifyUrl: `${env.appUrl}/forms/verify?t=${token}`,
    generatedOn,
    footer: "交通运输工程施工单位安管人员安全生产考核管理信息系统生成",
  });
  return { pdf, fileName: `${input.kind}申请表-${c.person.name}-${c.number}.pdf` };
}

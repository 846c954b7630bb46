import { isValidCalendarDate, compareDates, todayInShanghai } from "@/lib/domain/calendar-date";
import { CERTIFICATE_CATEGORIES, SPECIALTY_LABEL, type Specialty } from "@/lib/domain/certificate";
import {
  contextErrors,
  duplicateOf,
  genderOfIdNumber,
  nameConflicts,
  normalizeDateText,
  type ImportRow,
  type IssuanceContext,
  type IssuanceField,
  type IssuanceRow,
  type RowError,
} from "@/lib/domain/certificate-issuance";
import { isValidIdNumber } from "@/lib/domain/id-number";
import { creditCodeField } from "./enterprise.schema";
import { idNumberField } from "./person.schema";
import { z } from "./zod";

export const GENDER_OPTIONS = ["男", "女"] as const;
export const CATEGORY_OPTIONS = CERTIFICATE_CATEGORIES;
export const SPECIALTY_OPTIONS = ["公路", "水运"] as const;
const SPECIALTY_OF_LABEL = Object.fromEntries(Object.entries(SPECIALTY_LABEL).map(([k, v]) => [v, k])) as Record<
  string,
  Specialty
>;

/**
 * One certificate to issue (首次核发): the single form and every row of a batch file. Values are the
 * words the template uses (男/女, A/B/C, 公路/水运); 单位 is a 统一社会信用代码 or empty.
 */
export const issuanceRowSchema = z
  .object({
    name: z.string().trim().min(1, "请填写姓名").max(30, "姓名不能超过30个字"),
    idNumber: idNumberField,
    gender: z.string().trim().pipe(z.enum(GENDER_OPTIONS, "性别应为“男”或“女”")),
    category: z
      .string()
      .trim()
      .transform((v) => v.toUpperCase().replace(/类$/, ""))
      .pipe(z.enum(CERTIFICATE_CATEGORIES, "类别应为 A、B 或 C")),
    specialty: z
      .string()
      .trim()
      .pipe(z.enum(SPECIALTY_OPTIONS, "专业应为“公路”或“水运”"))
      .transform((v) => SPECIALTY_OF_LABEL[v]),
    creditCode: z.string().transform((v, ctx) => {
      if (!v.trim()) return null;
      const code = creditCodeField.safeParse(v);
      if (code.success) return code.data;
      ctx.addIssue({ code: "custom", message: code.error.issues[0]?.message ?? "统一社会信用代码不正确" });
      return z.NEVER;
    }),
    issuedOn: z
      .string()
      .trim()
      .min(1, "请填写发证日期")
      .transform(normalizeDateText)
      .refine(isValidCalendarDate, { message: "发证日期格式不正确，应为 YYYY-MM-DD", abort: true })
      .refine((v) => compareDates(v, todayInShanghai()) <= 0, "发证日期不能晚于今天"),
  })
  .superRefine((row, ctx) => {
    // runs even when a field failed a (non-aborting) refinement: judge 性别 only against a valid number
    if (!isValidIdNumber(row.idNumber)) return;
    const expected = genderOfIdNumber(row.idNumber);
    if (row.gender !== expected) {
      ctx.addIssue({ code: "custom", path: ["gender"], message: `性别与身份证号不符（身份证号为${expected}性）` });
    }
  }) satisfies z.ZodType<IssuanceRow>;

/** The format errors of a row, in column order: what zod said, each once per field. */
function formatErrors(input: ImportRow): { row: IssuanceRow | null; errors: RowError[] } {
  const parsed = issuanceRowSchema.safeParse(input);
  if (parsed.success) return { row: parsed.data, errors: [] };
  const errors: RowError[] = [];
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "_row") as IssuanceField;
    if (!errors.some((e) => e.field === field)) errors.push({ field, message: issue.message });
  }
  return { row: null, errors };
}

export interface CheckedRow {
  line: number;
  /** the row as issued, when it has no error */
  row: IssuanceRow | null;
  errors: RowError[];
}

/**
 * Every rule for a batch, in one place: each row's format, a row repeating an earlier one (same
 * 身份证号, 类别 and 专业), and what the database says (unit, recorded name, a certificate held).
 */
export function checkIssuanceRows(rows: readonly ImportRow[], context: IssuanceContext): CheckedRow[] {
  const formatted = rows.map((input) => ({ line: input.line, ...formatErrors(input) }));
  const repeats = duplicateOf(formatted);
  const otherName = nameConflicts(formatted);
  return formatted.map(({ line, row, errors }) => {
    if (!row) return { line, row, errors };
    const all = [...contextErrors(row, context)];
    const first = repeats.get(line);
    if (first !== undefined) all.push({ field: "_row", message: `与第${first}行重复（身份证号、类别、专业相同）` });
    const named = otherName.get(line);
    if (named !== undefined) all.push({ field: "name", message: `与第${named}行身份证号相同但姓名不同` });
    return all.length ? { line, row: null, errors: all } : { line, row, errors: [] };
  });
}

/** 【确认导入】 of a previewed file. */
export const confirmImportSchema = z.object({ importId: z.uuid("参数错误") });

/** 【上传并预览】: the file itself is read by the action. */
export const importUploadSchema = z.object({});

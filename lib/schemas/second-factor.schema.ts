import { z } from "./zod";

/** 【完成绑定】: the 6-digit code the app shows for the secret just scanned. */
export const enrolSecondFactorSchema = z.object({
  code: z
    .string()
    .transform((v) => v.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "请输入手机验证器显示的6位动态验证码")),
});

/** The second step of a staff login: a 6-digit 动态验证码 or a recovery code (xxxxx-xxxxx). */
export const secondFactorLoginSchema = z.object({
  code: z.string().trim().min(1, "请输入动态验证码或恢复码").max(20, "动态验证码为6位数字，恢复码为11位"),
});

// 忘记密码 for both portals: the hidden `portal` field picks the schema (统一社会信用代码 for an
// enterprise, 身份证号 for a holder); any other portal value is refused.
import { creditCodeText, emailField } from "./enterprise.schema";
import { codeField, withPasswordConfirmation } from "./password.schema";
import { idNumberField } from "./person.schema";
import { z } from "./zod";

const creditCodeAccount = creditCodeText("请输入统一社会信用代码");

export const forgotPasswordCodeSchema = z.object({
  account: creditCodeAccount,
  email: emailField,
});

export const forgotPasswordResetSchema = withPasswordConfirmation({
  account: creditCodeAccount,
  email: emailField,
  code: codeField,
});

export const resetPortal = z.enum(["enterprise", "person"]);
export type ResetPortal = z.infer<typeof resetPortal>;

const enterprise = { portal: resetPortal.extract(["enterprise"]) };
const person = { portal: resetPortal.extract(["person"]), account: idNumberField, email: emailField };

export const resetCodeSchema = z.discriminatedUnion("portal", [
  forgotPasswordCodeSchema.extend(enterprise),
  z.object(person),
]);

export const resetSchema = z.discriminatedUnion("portal", [
  forgotPasswordResetSchema.safeExtend(enterprise),
  withPasswordConfirmation({ ...person, code: codeField }),
]);

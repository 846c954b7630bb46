// 个人端 accounts (issue 4, issue 10 §2): a holder registers with 姓名 + 身份证号 + an emailed code; a
// claim on a Person record that holds certificates waits for the unit's (or 审核部门's) confirmation
// before 我的证书 shows anything; logs in by
// 身份证号 (a lower-case x accepted) under the same lockout as enterprises; resets a forgotten
// password by email; and sees, withdraws and uses only their own applications and certificates.
import { describe, expect, it } from "vitest";
import { personRegistrationSchema } from "@/lib/schemas/person.schema";
import type { Actor } from "@/lib/server/auth/actor";
import { login, LOGIN_FAILED } from "@/lib/server/auth/login";
import { verifyPassword } from "@/lib/server/auth/password";
import { actorFromSessionToken } from "@/lib/server/auth/session";
import { enterpriseCertificateRows } from "@/lib/server/certificates/queries";
import { db } from "@/lib/server/db";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, RateLimitedError } from "@/lib/server/errors";
import { listNotifications } from "@/lib/server/notifications/queries";
import { requestPasswordResetCode, resetPasswordWithCode } from "@/lib/server/password/forgot-password";
import { getOwnCertificate, listOwnCertificates, listPersonApplications } from "@/lib/server/persons/queries";
import { registerPerson, REGISTRATION_REFUSED } from "@/lib/server/persons/register-person";
import { decidePersonBinding } from "@/lib/server/person-bindings/decide-person-binding";
import { getOwnBinding, listConfirmedBindings, listPendingBindings } from "@/lib/server/person-bindings/queries";
import { NOTHING_TO_BIND, requestPersonBinding } from "@/lib/server/person-bindings/request-person-binding";
import { undoPersonBinding } from "@/lib/server/person-bindings/undo-person-binding";
import { decideApplication } from "@/lib/server/workflow/decide-application";
import { submitTransferIn } from "@/lib/server/transfers/submit-transfer-in";
import { submitTransferOut } from "@/lib/server/transfers/submit-transfer-out";
import {
  createCertificateFor,
  createEnterprise,
  createHolderAccount,
  createPersonWithCertificate,
  createStaff,
  issueCode,
  latestCodeFor,
  PERSON_PASSWORD,
  uniqueEmail,
  uniqueIdNumber,
  uniqueIp,
} from "./support/factories";

const WRONG = "Wrong-Passw0rd";
const NEW_PASSWORD = "Holder@2027new";

/** registerPerson with a fresh code mailed to `email` (read back from the outbox). */
async function register(input: { name: string; idNumber: string; email?: string; password?: string; phone?: string }) {
  const email = input.email ?? uniqueEmail("holder");
  const code = await issueCode("REGISTER", email);
  const result = await registerPerson({
    name: input.name,
    idNumber: input.idNumber,
    phone: input.phone ?? "13905710003",
    email,
    code,
    password: input.password ?? PERSON_PASSWORD,
    ip: uniqueIp(),
  });
  return { ...result, email, code };
}

async function loginActor(idNumber: string, password = PERSON_PASSWORD) {
  const session = await login({ portal: "person", account: idNumber, password, ip: uniqueIp() });
  const actor = await actorFromSessionToken(session.token);
  if (!actor) throw new Error("the session does not resolve");
  return { session, actor };
}

describe("registerPerson (issue 10 §2: a record is claimed with proof)", () => {
  it("registering as a holder on record binds nothing yet: the account sees no certificate until the unit confirms", async () => {
    const unit = await createEnterprise({ approved: true });
    const wang = await createPersonWithCertificate({ enterprise: unit.enterprise, name: "王建华", category: "A" });
    const unattached = await createCertificateFor(wang.person, { enterprise: null });
    const persons = await db.person.count();

    // The form's schema takes a lower-case x and spaces; registerPerson gets the normalised value.
    const parsed = personRegistrationSchema.parse({
      name: " 王建华 ",
      idNumber: ` ${wang.idNumber.toLowerCase()} `,
      phone: "13905710003",
      email: "Wang.JH@Example.com",
      code: "123456",
      password: PERSON_PASSWORD,
      confirmPassword: PERSON_PASSWORD,
    });
    expect(parsed).toMatchObject({ name: "王建华", idNumber: wang.idNumber });

    const result = await register({ name: "王建华", idNumber: wang.idNumber, email: uniqueEmail("wang") });
    expect(await db.person.count()).toBe(persons);
    // The record is untouched: no account, no email or phone from a stranger.
    expect(await db.person.findUniqueOrThrow({ where: { id: wang.person.id } })).toMatchObject({
      accountId: null,
      email: null,
      phone: null,
    });
    expect(await db.personBinding.findUniqueOrThrow({ where: { id: result.bindingId! } })).toMatchObject({
      accountId: result.accountId,
      personId: wang.person.id,
      status: "PENDING",
    });
    const account = await db.account.findUniqueOrThrow({ where: { id: result.accountId } });
    expect(account).toMatchObject({ role: "PERSON", displayName: "王建华", mustChangePassword: false, username: null });
    expect(await verifyPassword(account.passwordHash, PERSON_PASSWORD)).toBe(true);
    expect(await db.emailCode.count({ where: { email: result.email, consumedAt: null } })).toBe(0);
    // The unit is told (its 待办 lists it too).
    expect(await db.notification.count({ where: { accountId: unit.account.id, title: "个人账号绑定待确认" } })).toBe(1);

    // Signed in (by 身份证号), the account reaches nothing of the record.
    const pending = await loginActor(wang.idNumber);
    expect(pending.actor).toMatchObject({ role: "PERSON", personId: null, accountId: result.accountId });
    expect(await listOwnCertificates({ actor: pending.actor })).toEqual([]);
    expect(await listPersonApplications({ actor: pending.actor })).toEqual([]);
    await expect(
      getOwnCertificate({ actor: pending.actor, certificateId: wang.certificate.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      submitTransferOut({ actor: pending.actor, certificateId: wang.certificate.id, reason: "离职" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getOwnBinding({ actor: pending.actor })).toMatchObject({ status: "PENDING", decider: "UNIT" });

    // The unit confirms: the record gets the account, its email and phone; audited; the holder is told.
    await decidePersonBinding({ actor: unit.actor, bindingId: result.bindingId!, decision: "confirm" });
    expect(await db.person.findUniqueOrThrow({ where: { id: wang.person.id } })).toMatchObject({
      accountId: result.accountId,
      email: result.email,
      phone: "13905710003",
    });
    expect(await db.auditLog.count({ where: { action: "person-binding.confirm", targetId: result.bindingId! } })).toBe(
      1,
    );
    expect(await db.notification.count({ where: { accountId: result.accountId, title: "账号绑定已确认" } })).toBe(1);
    await expect(
      decidePersonBinding({ actor: unit.actor, bindingId: result.bindingId!, decision: "refuse" }),
    ).rejects.toBeInstanceOf(ConflictError);

    // The same session now carries the person and 我的证书 lists both certificates.
    const actor = (await actorFromSessionToken(pending.session.token))!;
    expect(actor).toMatchObject({ role: "PERSON", personId: wang.person.id, enterpriseId: null });
    const own = await listOwnCertificates({ actor });
    expect(own.map((c) => c.id).sort()).toEqual([wang.certificate.id, unattached.id].sort());
    expect(own.find((c) => c.id === wang.certificate.id)).toMatchObject({
      number: wang.certificate.number,
      holderName: "王建华",
      unitName: unit.enterprise.name,
      hasUnit: true,
      canTransferOut: true,
      status: "有效",
    });
  });

  it("a wrong 姓名, or a record already bound, is refused with one generic answer and spends the code", async () => {
    const unit = await createEnterprise({ approved: true });
    const li = await createPersonWithCertificate({ enterprise: unit.enterprise, name: "李明轩" });
    const email = uniqueEmail("li");
    const code = await issueCode("REGISTER", email);
    const accounts = await db.account.count();
    const attempt = (name: string, c = code, address = email) =>
      registerPerson({
        name,
        idNumber: li.idNumber,
        phone: "13905710003",
        email: address,
        code: c,
        password: PERSON_PASSWORD,
        ip: uniqueIp(),
      });

    const wrong = attempt("李明");
    await expect(wrong).rejects.toBeInstanceOf(InvalidInputError);
    await expect(wrong).rejects.toMatchObject({ message: REGISTRATION_REFUSED, fieldErrors: undefined });
    expect(await db.account.count()).toBe(accounts);
    // The code is spent: the right name with the same code is not even looked at.
    await expect(attempt("李明轩")).rejects.toMatchObject({ fieldErrors: { code: [expect.any(String)] } });

    // Once bound, another claim on the record gets the very same answer.
    const holder = await register({ name: "李明轩", idNumber: li.idNumber });
    await decidePersonBinding({ actor: unit.actor, bindingId: holder.bindingId!, decision: "confirm" });
    const other = uniqueEmail("other");
    await expect(attempt("李明轩", await issueCode("REGISTER", other), other)).rejects.toMatchObject({
      message: REGISTRATION_REFUSED,
    });
    expect(await db.emailCode.count({ where: { email: other, consumedAt: null } })).toBe(0);
  });

  it("several accounts may claim one record; the unit confirms one and the others are refused with it", async () => {
    const unit = await createEnterprise({ approved: true });
    const zhang = await createPersonWithCertificate({ enterprise: unit.enterprise, name: "张国强" });
    // Two registrations at the same moment: both accounts exist, both claims wait.
    const claims = await Promise.all([
      register({ name: "张国强", idNumber: zhang.idNumber }),
      register({ name: "张国强", idNumber: zhang.idNumber }),
    ]);
    expect(await db.personBinding.count({ where: { personId: zhang.person.id, status: "PENDING" } })).toBe(2);
    // With two accounts on one 身份证号, each signs in by its email.
    await expect(
      login({ portal: "person", account: zhang.idNumber, password: PERSON_PASSWORD, ip: uniqueIp() }),
    ).rejects.toThrow(LOGIN_FAILED);
    const byEmail = await login({
      portal: "person",
      account: claims[1].email,
      password: PERSON_PASSWORD,
      ip: uniqueIp(),
    });
    expect((await actorFromSessionToken(byEmail.token))?.accountId).toBe(claims[1].accountId);

    // Both confirmations at once: one lands, the other is a conflict; the loser's claim is refused.
    const results = await Promise.allSettled(
      claims.map((c) => decidePersonBinding({ actor: unit.actor, bindingId: c.bindingId!, decision: "confirm" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const statuses = await db.personBinding.findMany({
      where: { personId: zhang.person.id },
      select: { status: true },
    });
    expect(statuses.map((b) => b.status).sort()).toEqual(["CONFIRMED", "REFUSED"]);
    const person = await db.person.findUniqueOrThrow({ where: { id: zhang.person.id } });
    expect(claims.map((c) => c.accountId)).toContain(person.accountId);
    // Now the 身份证号 signs in the bound account.
    const session = await login({
      portal: "person",
      account: zhang.idNumber,
      password: PERSON_PASSWORD,
      ip: uniqueIp(),
    });
    expect((await actorFromSessionToken(session.token))?.personId).toBe(zhang.person.id);
  });

  it("only the certificate's unit decides; a holder at no unit is decided by the 审核部门, who can undo a binding", async () => {
    const unit = await createEnterprise({ approved: true });
    const other = await createEnterprise({ approved: true });
    const { actor: reviewer } = await createStaff("REVIEWER");
    const { actor: assessor } = await createStaff("ASSESSOR");
    const atUnit = await createPersonWithCertificate({ enterprise: unit.enterprise, name: "陈志刚" });
    const claim = await register({ name: "陈志刚", idNumber: atUnit.idNumber });
    for (const actor of [other.actor, reviewer]) {
      await expect(
        decidePersonBinding({ actor, bindingId: claim.bindingId!, decision: "confirm" }),
      ).rejects.toBeInstanceOf(NotFoundError);
      expect((await listPendingBindings({ actor })).total).toBe(0);
    }
    await expect(
      decidePersonBinding({ actor: assessor, bindingId: claim.bindingId!, decision: "confirm" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listPendingBindings({ actor: unit.actor })).rows.map((r) => r.id)).toEqual([claim.bindingId]);

    // The unit refuses: the account stays unbound and is told.
    await decidePersonBinding({ actor: unit.actor, bindingId: claim.bindingId!, decision: "refuse" });
    expect((await db.person.findUniqueOrThrow({ where: { id: atUnit.person.id } })).accountId).toBeNull();
    expect(await db.auditLog.count({ where: { action: "person-binding.refuse" } })).toBe(1);

    // A certificate at no unit: the 审核部门 decides, the unit that once held it does not.
    const loose = await createPersonWithCertificate({ enterprise: unit.enterprise, name: "郑晓明" });
    await db.certificate.update({ where: { id: loose.certificate.id }, data: { enterpriseId: null } });
    const looseClaim = await register({ name: "郑晓明", idNumber: loose.idNumber });
    await expect(
      decidePersonBinding({ actor: unit.actor, bindingId: looseClaim.bindingId!, decision: "confirm" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await decidePersonBinding({ actor: reviewer, bindingId: looseClaim.bindingId!, decision: "confirm" });
    const { actor: holder } = await loginActor(loose.idNumber);
    expect((await listOwnCertificates({ actor: holder })).map((c) => c.id)).toEqual([loose.certificate.id]);

    // A wrong binding is undone by the 审核部门 (not by the unit), audited; the account sees nothing again.
    await expect(undoPersonBinding({ actor: unit.actor, bindingId: looseClaim.bindingId! })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await listConfirmedBindings({ actor: reviewer, q: "郑晓明" })).rows.map((r) => r.id)).toEqual([
      looseClaim.bindingId,
    ]);
    await undoPersonBinding({ actor: reviewer, bindingId: looseClaim.bindingId! });
    await expect(undoPersonBinding({ actor: reviewer, bindingId: looseClaim.bindingId! })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await db.person.findUniqueOrThrow({ where: { id: loose.person.id } })).toMatchObject({
      accountId: null,
      email: null,
    });
    expect(await db.auditLog.count({ where: { action: "person-binding.undo", targetId: looseClaim.bindingId! } })).toBe(
      1,
    );
    const after = (await actorFromSessionToken(
      (await login({ portal: "person", account: looseClaim.email, password: PERSON_PASSWORD, ip: uniqueIp() })).token,
    ))!;
    expect(after.personId).toBeNull();
    expect(await listOwnCertificates({ actor: after })).toEqual([]);
  });

  it("a 身份证号 not on record: an account alone (暂无证书); 【申请绑定】 once a record with that 姓名 exists", async () => {
    const idNumber = uniqueIdNumber();
    const persons = await db.person.count();
    const result = await register({ name: "赵雅琴", idNumber, phone: "13905710004" });
    expect(result.bindingId).toBeNull();
    expect(await db.person.count()).toBe(persons);
    expect(await db.holderProfile.findUniqueOrThrow({ where: { accountId: result.accountId } })).toMatchObject({
      name: "赵雅琴",
      idNumber,
      email: result.email,
      phone: "13905710004",
    });

    const { actor } = await loginActor(idNumber);
    expect(actor.personId).toBeNull();
    expect(await listOwnCertificates({ actor })).toEqual([]);
    expect(await getOwnBinding({ actor })).toBeNull();
    await expect(requestPersonBinding({ actor })).rejects.toMatchObject({ message: NOTHING_TO_BIND });

    // A certificate is issued later (a Person appears by 身份证号): the account asks, the unit confirms.
    const unit = await createEnterprise({ approved: true });
    const issued = await createPersonWithCertificate({ enterprise: unit.enterprise, name: "赵雅琴" });
    await db.certificate.update({ where: { id: issued.certificate.id }, data: { personId: issued.person.id } });
    await db.person.update({ where: { id: issued.person.id }, data: { idNumber } });
    const binding = await requestPersonBinding({ actor });
    await expect(requestPersonBinding({ actor })).rejects.toBeInstanceOf(ConflictError);
    await decidePersonBinding({ actor: unit.actor, bindingId: binding.id, decision: "confirm" });
    const { actor: bound } = await loginActor(idNumber);
    expect(bound.personId).toBe(issued.person.id);
  });

  it("【申请绑定】 at most 3 times a day per account (each asks a unit): the 4th is refused, nothing written", async () => {
    const idNumber = uniqueIdNumber();
    await register({ name: "钱申请", idNumber });
    const { actor } = await loginActor(idNumber);
    for (let i = 0; i < 3; i++)
      await expect(requestPersonBinding({ actor })).rejects.toMatchObject({ message: NOTHING_TO_BIND });
    await expect(requestPersonBinding({ actor })).rejects.toBeInstanceOf(RateLimitedError);
    expect(await db.personBinding.count({ where: { accountId: actor.accountId } })).toBe(0);
  });

  it("refuses an email another holder already uses (error on email) — told only to whoever holds its code", async () => {
    const first = await register({ name: "钱伟", idNumber: uniqueIdNumber() });
    // A code for another address does not get as far as the email check.
    const stranger = registerPerson({
      name: "孙丽",
      idNumber: uniqueIdNumber(),
      phone: "13905710003",
      email: first.email,
      code: await issueCode("REGISTER", uniqueEmail("other")),
      password: PERSON_PASSWORD,
      ip: uniqueIp(),
    });
    await expect(stranger).rejects.toMatchObject({ fieldErrors: { code: [expect.any(String)] } });
    // The owner of the address (a fresh code, past the 60 s resend wait) is told it is taken.
    await db.emailCode.updateMany({
      where: { email: first.email },
      data: { createdAt: new Date(Date.now() - 120_000) },
    });
    const again = registerPerson({
      name: "孙丽",
      idNumber: uniqueIdNumber(),
      phone: "13905710003",
      email: first.email,
      code: await issueCode("REGISTER", first.email),
      password: PERSON_PASSWORD,
      ip: uniqueIp(),
    });
    await expect(again).rejects.toMatchObject({
      fieldErrors: { email: [expect.stringContaining("该邮箱已被其他账号使用")] },
    });
  });
});

describe("login (portal person)", () => {
  it("logs in by 身份证号, a lower-case x and spaces accepted; other portals and unregistered holders do not", async () => {
    const idNumber = uniqueIdNumber({ endsWithX: true });
    expect(idNumber.endsWith("X")).toBe(true);
    const { accountId } = await register({ name: "周晓东", idNumber });

    const session = await login({
      portal: "person",
      account: ` ${idNumber.toLowerCase()} `,
      password: PERSON_PASSWORD,
      ip: uniqueIp(),
      userAgent: "vitest",
    });
    expect(session).toMatchObject({ role: "PERSON", mustChangePassword: false });
    expect(await actorFromSessionToken(session.token)).toEqual({
      accountId,
      role: "PERSON",
      displayName: "周晓东",
      enterpriseId: null,
      enterpriseApproved: false,
      personId: null,
      mustChangePassword: false,
      secondFactorPending: false,
      lastWriteAt: null,
      sessionId: session.sessionId,
    });
    expect((await login({ portal: "person", account: idNumber, password: PERSON_PASSWORD, ip: uniqueIp() })).role).toBe(
      "PERSON",
    );

    // Not through the enterprise or staff portals.
    await expect(
      login({ portal: "enterprise", account: idNumber, password: PERSON_PASSWORD, ip: uniqueIp() }),
    ).rejects.toThrow(LOGIN_FAILED);
    await expect(
      login({ portal: "staff", account: idNumber, password: PERSON_PASSWORD, ip: uniqueIp() }),
    ).rejects.toThrow(LOGIN_FAILED);

    // A holder on record who has not registered has no login; an enterprise cannot use the person portal.
    const unit = await createEnterprise({ approved: true });
    const unregistered = await createPersonWithCertificate({ enterprise: unit.enterprise });
    await expect(
      login({ portal: "person", account: unregistered.idNumber, password: PERSON_PASSWORD, ip: uniqueIp() }),
    ).rejects.toThrow(LOGIN_FAILED);
    await expect(
      login({ portal: "person", account: unit.fields.creditCode, password: unit.password, ip: uniqueIp() }),
    ).rejects.toThrow(LOGIN_FAILED);
  });

  it("five wrong passwords lock the holder (whichever case of x) for 15 minutes, as for enterprises; an unknown 身份证号 too", async () => {
    const idNumber = uniqueIdNumber({ endsWithX: true });
    await register({ name: "吴海涛", idNumber });
    const ip = uniqueIp();
    for (let i = 0; i < 5; i++) {
      const attempt = login({
        portal: "person",
        account: i % 2 ? idNumber.toLowerCase() : idNumber,
        password: WRONG,
        ip,
      });
      if (i < 4) await expect(attempt).rejects.toThrow(LOGIN_FAILED);
      else await expect(attempt).rejects.toBeInstanceOf(RateLimitedError);
    }
    const right = login({ portal: "person", account: idNumber, password: PERSON_PASSWORD, ip });
    await expect(right).rejects.toBeInstanceOf(RateLimitedError);
    await expect(right).rejects.toThrow(/锁定，请1[45]分钟后再试/);
    expect(await db.session.count()).toBe(0);

    const unknown = uniqueIdNumber();
    const ip2 = uniqueIp();
    for (let i = 0; i < 4; i++) {
      const attempt = login({ portal: "person", account: unknown, password: WRONG, ip: ip2 });
      await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
      await expect(attempt).rejects.toThrow(LOGIN_FAILED);
    }
    await expect(login({ portal: "person", account: unknown, password: WRONG, ip: ip2 })).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    await expect(login({ portal: "person", account: unknown, password: WRONG, ip: ip2 })).rejects.toThrow(/锁定/);
  });
});

describe("forgot password (portal person)", () => {
  it("身份证号 + registered email → a code by mail → a new password; sessions end; mismatches send nothing", async () => {
    const idNumber = uniqueIdNumber({ endsWithX: true });
    const { email, accountId } = await register({ name: "郑凯", idNumber });
    const { session } = await loginActor(idNumber);
    const mails = await db.outboxMessage.count();

    // A wrong email, or the enterprise portal, answers the same and sends nothing.
    await requestPasswordResetCode({
      portal: "person",
      account: idNumber,
      email: uniqueEmail("nobody"),
      ip: uniqueIp(),
    });
    await requestPasswordResetCode({ portal: "enterprise", account: idNumber, email, ip: uniqueIp() });
    await requestPasswordResetCode({ portal: "person", account: uniqueIdNumber(), email, ip: uniqueIp() });
    expect(await db.outboxMessage.count()).toBe(mails);

    await requestPasswordResetCode({
      portal: "person",
      account: ` ${idNumber.toLowerCase()} `,
      email: email.toUpperCase(),
      ip: uniqueIp(),
    });
    expect(await db.outboxMessage.count()).toBe(mails + 1);
    const code = await latestCodeFor(email);
    expect(await db.emailCode.findFirstOrThrow({ where: { email, purpose: "RESET_PASSWORD" } })).toMatchObject({
      accountId,
    });

    // The code is bound to the account: another portal cannot spend it.
    await expect(
      resetPasswordWithCode({
        portal: "enterprise",
        account: idNumber,
        email,
        code,
        password: NEW_PASSWORD,
        ip: uniqueIp(),
      }),
    ).rejects.toBeInstanceOf(InvalidInputError);

    await resetPasswordWithCode({
      portal: "person",
      account: idNumber.toLowerCase(),
      email,
      code,
      password: NEW_PASSWORD,
      ip: uniqueIp(),
    });
    expect(await actorFromSessionToken(session.token)).toBeNull();
    await expect(
      login({ portal: "person", account: idNumber, password: PERSON_PASSWORD, ip: uniqueIp() }),
    ).rejects.toThrow(LOGIN_FAILED);
    expect((await login({ portal: "person", account: idNumber, password: NEW_PASSWORD, ip: uniqueIp() })).role).toBe(
      "PERSON",
    );

    // The code is spent.
    await expect(
      resetPasswordWithCode({
        portal: "person",
        account: idNumber,
        email,
        code,
        password: "Another@2028pw",
        ip: uniqueIp(),
      }),
    ).rejects.toMatchObject({ fieldErrors: { code: [expect.any(String)] } });
  });
});

describe("a person sees and acts on their own data only", () => {
  async function twoHolders() {
    const unit = await createEnterprise({ approved: true });
    const other = await createEnterprise({ approved: true });
    const a = await createPersonWithCertificate({ enterprise: unit.enterprise, name: "王建华" });
    const b = await createPersonWithCertificate({ enterprise: unit.enterprise, name: "李明轩" });
    const aAccount = await createHolderAccount(a.person);
    const bAccount = await createHolderAccount(b.person);
    const aLoose = await createCertificateFor(a.person, { enterprise: null });
    return { unit, other, a: { ...a, ...aAccount, loose: aLoose }, b: { ...b, ...bAccount } };
  }

  it("another holder's applications, certificates and notifications stay out of reach (NotFoundError)", async () => {
    const s = await twoHolders();
    const { actor: reviewer } = await createStaff("REVIEWER");
    const out = await submitTransferOut({ actor: s.a.actor, certificateId: s.a.certificate.id, reason: "工作调动" });
    await decideApplication({
      actor: s.unit.actor,
      kind: "TRANSFER_OUT",
      applicationId: out.id,
      expectedVersion: 0,
      action: "unitApprove",
    });
    await decideApplication({
      actor: reviewer,
      kind: "TRANSFER_OUT",
      applicationId: out.id,
      expectedVersion: 1,
      action: "approve",
    });
    const aIn = await submitTransferIn({
      actor: s.a.actor,
      certificateId: s.a.loose.id,
      unit: s.other.enterprise.name,
      reason: "新单位入职",
    });

    // A sees both; B sees none of them.
    expect((await listPersonApplications({ actor: s.a.actor })).map((x) => x.id).sort()).toEqual(
      [out.id, aIn.id].sort(),
    );
    expect(await listPersonApplications({ actor: s.b.actor })).toEqual([]);
    expect((await listOwnCertificates({ actor: s.b.actor })).map((c) => c.id)).toEqual([s.b.certificate.id]);
    await expect(getOwnCertificate({ actor: s.b.actor, certificateId: s.a.certificate.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await listNotifications({ actor: s.b.actor })).toEqual([]);
    expect((await listNotifications({ actor: s.a.actor })).length).toBeGreaterThan(0);

    // B can neither withdraw A's application nor file anything with A's certificates.
    await expect(
      decideApplication({ action: "withdraw", actor: s.b.actor, applicationId: aIn.id, expectedVersion: 0 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      submitTransferOut({ actor: s.b.actor, certificateId: s.a.certificate.id, reason: "冒用" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      submitTransferIn({ actor: s.b.actor, certificateId: s.a.loose.id, unit: s.unit.enterprise.name, reason: "冒用" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.application.findUniqueOrThrow({ where: { id: aIn.id } })).toMatchObject({
      status: "PENDING_UNIT",
      version: 0,
    });
    expect(await db.application.count({ where: { personId: s.b.person.id } })).toBe(0);
    expect(await db.application.count({ where: { kind: { in: ["TRANSFER_OUT", "TRANSFER_IN"] } } })).toBe(2);

    // A itself may withdraw.
    expect(
      await decideApplication({ action: "withdraw", actor: s.a.actor, applicationId: aIn.id, expectedVersion: 0 }),
    ).toMatchObject({ status: "CANCELLED" });
  });

  it("a person cannot act as a unit or as staff, nor read a unit's list; others cannot use the person functions", async () => {
    const s = await twoHolders();
    const { actor: reviewer } = await createStaff("REVIEWER");
    const out = await submitTransferOut({ actor: s.a.actor, certificateId: s.a.certificate.id, reason: "工作调动" });

    await expect(
      decideApplication({
        actor: s.a.actor,
        kind: "TRANSFER_OUT",
        applicationId: out.id,
        expectedVersion: 0,
        action: "unitApprove",
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      decideApplication({
        actor: s.a.actor,
        kind: "TRANSFER_OUT",
        applicationId: out.id,
        expectedVersion: 0,
        action: "approve",
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(enterpriseCertificateRows(s.a.actor, {})).rejects.toBeInstanceOf(ForbiddenError);

    for (const actor of [s.unit.actor, reviewer]) {
      await expect(listOwnCertificates({ actor })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listPersonApplications({ actor })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        decideApplication({ action: "withdraw", actor, applicationId: out.id, expectedVersion: 0 }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        submitTransferOut({ actor, certificateId: s.a.certificate.id, reason: "代办" }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    // A PERSON account not linked to any holder record sees nothing and may do nothing.
    const orphan: Actor = { ...s.a.actor, accountId: s.b.account.id, personId: null };
    // (issue 10 §2: that is every account whose binding is not confirmed yet, so it reads an empty list)
    expect(await listOwnCertificates({ actor: orphan })).toEqual([]);
    expect(await listPersonApplications({ actor: orphan })).toEqual([]);
    await expect(
      decideApplication({ action: "withdraw", actor: orphan, applicationId: out.id, expectedVersion: 0 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.application.findUniqueOrThrow({ where: { id: out.id } })).toMatchObject({
      status: "PENDING_UNIT",
      version: 0,
    });
  });
});

// 个人端 accounts (issue 4): a holder registers with 姓名 + 身份证号 + an emailed code and is attached
// to the Person record that already holds certificates, so 我的证书 shows them at once; logs in by
// 身份证号 (a lower-case x accepted) under the same lockout as enterprises; resets a forgotten
// password by email; and sees, withdraws and uses only their own applications and certificates.
import { describe, expect, it } from "vitest";
import { toDateOnly } from "@/lib/domain/calendar-date";
import { birthDateOf } from "@/lib/domain/id-number";
import { personRegistrationSchema } from "@/lib/schemas/person.schema";
import type { Actor } from "@/lib/server/auth/actor";
import { login, LOGIN_FAILED } from "@/lib/server/auth/login";
import { verifyPassword } from "@/lib/server/auth/password";
import { actorFromSessionToken } from "@/lib/server/auth/session";
import { enterpriseCertificateRows } from "@/lib/server/certificates/queries";
import { db } from "@/lib/server/db";
import { ForbiddenError, InvalidInputError, NotFoundError, RateLimitedError } from "@/lib/server/errors";
import { listNotifications } from "@/lib/server/notifications/queries";
import { requestPasswordResetCode, resetPasswordWithCode } from "@/lib/server/password/forgot-password";
import { getOwnCertificate, listOwnCertificates, listPersonApplications } from "@/lib/server/persons/queries";
import { registerPerson } from "@/lib/server/persons/register-person";
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

describe("registerPerson", () => {
  it("attaches the account to the holder with the same 姓名 + 身份证号: the certificates show at once", async () => {
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

    const email = uniqueEmail("wang");
    await issueCode("REGISTER", email);
    const code = await latestCodeFor(email);
    const result = await registerPerson({
      name: "王建华",
      idNumber: wang.idNumber,
      phone: "13905710003",
      email,
      code,
      password: PERSON_PASSWORD,
      ip: uniqueIp(),
    });

    expect(result.personId).toBe(wang.person.id);
    expect(await db.person.count()).toBe(persons);
    expect(await db.person.findUniqueOrThrow({ where: { id: wang.person.id } })).toMatchObject({
      accountId: result.accountId,
      email,
      phone: "13905710003",
      name: "王建华",
    });
    const account = await db.account.findUniqueOrThrow({ where: { id: result.accountId } });
    expect(account).toMatchObject({ role: "PERSON", displayName: "王建华", mustChangePassword: false, username: null });
    expect(await verifyPassword(account.passwordHash, PERSON_PASSWORD)).toBe(true);
    // The code is used up.
    expect(await db.emailCode.count({ where: { email, consumedAt: null } })).toBe(0);

    // Logged in, the holder's actor carries the person id, and 我的证书 lists both certificates.
    const { actor } = await loginActor(wang.idNumber);
    expect(actor).toMatchObject({
      role: "PERSON",
      personId: wang.person.id,
      enterpriseId: null,
      accountId: result.accountId,
    });
    const own = await listOwnCertificates({ actor });
    expect(own.map((c) => c.id).sort()).toEqual([wang.certificate.id, unattached.id].sort());
    const attached = own.find((c) => c.id === wang.certificate.id)!;
    expect(attached).toMatchObject({
      number: wang.certificate.number,
      holderName: "王建华",
      unitName: unit.enterprise.name,
      hasUnit: true,
      openTransfer: null,
      canTransferOut: true,
      canTransferIn: false,
      status: "有效",
    });
    expect(own.find((c) => c.id === unattached.id)).toMatchObject({
      hasUnit: false,
      unitName: null,
      canTransferOut: false,
      canTransferIn: true,
    });
    expect(await listPersonApplications({ actor })).toEqual([]);
  });

  it("refuses a wrong 姓名 for a 身份证号 on record (error on name); nothing is created and the code still works", async () => {
    const unit = await createEnterprise({ approved: true });
    const li = await createPersonWithCertificate({ enterprise: unit.enterprise, name: "李明轩" });
    const email = uniqueEmail("li");
    const code = await issueCode("REGISTER", email);
    const accounts = await db.account.count();

    const wrong = registerPerson({
      name: "李明",
      idNumber: li.idNumber,
      phone: "13905710003",
      email,
      code,
      password: PERSON_PASSWORD,
      ip: uniqueIp(),
    });
    await expect(wrong).rejects.toBeInstanceOf(InvalidInputError);
    await expect(wrong).rejects.toMatchObject({
      fieldErrors: { name: [expect.stringContaining("姓名与身份证号不符")] },
    });
    expect(await db.account.count()).toBe(accounts);
    expect((await db.person.findUniqueOrThrow({ where: { id: li.person.id } })).accountId).toBeNull();

    const ok = await registerPerson({
      name: "李明轩",
      idNumber: li.idNumber,
      phone: "13905710003",
      email,
      code,
      password: PERSON_PASSWORD,
      ip: uniqueIp(),
    });
    expect(ok.personId).toBe(li.person.id);
  });

  it("refuses a second registration for the same 身份证号 (error on idNumber), also when two race", async () => {
    const unit = await createEnterprise({ approved: true });
    const chen = await createPersonWithCertificate({ enterprise: unit.enterprise, name: "陈志刚" });
    const first = await register({ name: "陈志刚", idNumber: chen.idNumber });

    const second = register({ name: "陈志刚", idNumber: chen.idNumber });
    await expect(second).rejects.toBeInstanceOf(InvalidInputError);
    await expect(second).rejects.toMatchObject({ fieldErrors: { idNumber: [expect.stringContaining("已注册")] } });
    expect(await db.account.count({ where: { role: "PERSON" } })).toBe(1);
    expect((await db.person.findUniqueOrThrow({ where: { id: chen.person.id } })).accountId).toBe(first.accountId);

    // Two registrations of one unregistered holder at the same moment: one account.
    const zhang = await createPersonWithCertificate({ enterprise: unit.enterprise, name: "张国强" });
    const emails = [uniqueEmail("zhang"), uniqueEmail("zhang")];
    const codes = [await issueCode("REGISTER", emails[0]), await issueCode("REGISTER", emails[1])];
    const results = await Promise.allSettled(
      emails.map((email, i) =>
        registerPerson({
          name: "张国强",
          idNumber: zhang.idNumber,
          phone: "13905710003",
          email,
          code: codes[i],
          password: PERSON_PASSWORD,
          ip: uniqueIp(),
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(loser.reason).toBeInstanceOf(InvalidInputError);
    expect(loser.reason.fieldErrors).toMatchObject({ idNumber: [expect.any(String)] });
    expect(await db.account.count({ where: { role: "PERSON" } })).toBe(2);

    // The same for a new person (no record yet): one Person, one account.
    const fresh = uniqueIdNumber();
    const freshEmails = [uniqueEmail("fresh"), uniqueEmail("fresh")];
    const freshCodes = [await issueCode("REGISTER", freshEmails[0]), await issueCode("REGISTER", freshEmails[1])];
    const raced = await Promise.allSettled(
      freshEmails.map((email, i) =>
        registerPerson({
          name: "刘晓燕",
          idNumber: fresh,
          phone: "13905710003",
          email,
          code: freshCodes[i],
          password: PERSON_PASSWORD,
          ip: uniqueIp(),
        }),
      ),
    );
    expect(raced.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const freshLoser = raced.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(freshLoser.reason).toBeInstanceOf(InvalidInputError);
    expect(freshLoser.reason.fieldErrors).toMatchObject({ idNumber: [expect.any(String)] });
    expect(await db.person.count({ where: { idNumber: fresh } })).toBe(1);
    expect(await db.account.count({ where: { role: "PERSON" } })).toBe(3);
  });

  it("creates a new person (no certificates yet) with the birth date from the 身份证号", async () => {
    const idNumber = uniqueIdNumber();
    const persons = await db.person.count();
    const result = await register({ name: "赵雅琴", idNumber, phone: "13905710004" });

    expect(await db.person.count()).toBe(persons + 1);
    const person = await db.person.findUniqueOrThrow({ where: { id: result.personId } });
    expect(person).toMatchObject({
      name: "赵雅琴",
      idNumber,
      accountId: result.accountId,
      email: result.email,
      phone: "13905710004",
    });
    expect(toDateOnly(person.birthDate)).toBe(birthDateOf(idNumber));

    const { actor } = await loginActor(idNumber);
    expect(actor.personId).toBe(result.personId);
    expect(await listOwnCertificates({ actor })).toEqual([]);
    expect(await listPersonApplications({ actor })).toEqual([]);
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
    const { personId, accountId } = await register({ name: "周晓东", idNumber });

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
      personId,
      mustChangePassword: false,
      secondFactorPending: false,
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
    await expect(listOwnCertificates({ actor: orphan })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      decideApplication({ action: "withdraw", actor: orphan, applicationId: out.id, expectedVersion: 0 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.application.findUniqueOrThrow({ where: { id: out.id } })).toMatchObject({
      status: "PENDING_UNIT",
      version: 0,
    });
  });
});

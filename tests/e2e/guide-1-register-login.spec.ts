// 注册登录操作指引-企业端（用户指南第 1 节），逐步点击指南中的按钮：
//   01 进入系统首页，点击【企业登录】，跳转到登录页；无账号，点击【注册】
//   02 按提示要求填写注册信息，验证邮箱并设置密码，提交审核
//   03 提交成功，等待审核。登录系统可查看审核状态
//   04 审核通过，可登录系统进行相关操作；审核不通过，点击【前往修改】按驳回原因修改后重新提交
import { expect, type Page } from "@playwright/test";
import { test } from "./support/axe";
import {
  PHONE,
  REVIEWER,
  exeRenamedPdf,
  expectDecided,
  fileInput,
  fillRegistrationForm,
  loginAs,
  newEnterprise,
  pdfFile,
  pngFile,
  screenshot,
  withWrongCheckChar,
} from "./support/fixtures";
import { waitForCode, waitForMail } from "./support/mailbox";

test.use({ viewport: PHONE });

/** The value shown beside a label in a 字段/值 list (<dt>label</dt><dd>value</dd>). */
function shownValue(page: Page, label: string) {
  return page
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator("xpath=following-sibling::dd[1]");
}

/** 管理登录 → 企业注册审核 → search for `name` → 审核: the reviewer's detail page of the registration. */
async function openRegistrationAsReviewer(page: Page, name: string, { screenshots = false } = {}) {
  await page.goto("/");
  await page.getByRole("link", { name: /^管理登录/ }).click();
  if (screenshots) await screenshot(page, "g1-04-login-staff");
  await page.getByLabel("用户名").fill(REVIEWER.account);
  await page.getByRole("textbox", { name: "密码", exact: true }).fill(REVIEWER.password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "企业注册审核" }).click();
  await expect(page.getByRole("heading", { name: "企业注册审核", level: 1 })).toBeVisible();
  await page.getByRole("search").getByLabel("搜索").fill(name);
  await page.getByRole("button", { name: "搜索" }).click();
  const row = page.getByRole("listitem").filter({ hasText: name });
  await expect(row).toHaveCount(1);
  if (screenshots) await screenshot(page, "g1-04-reviewer-queue");
  await row.getByRole("link", { name: "审核" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
}

test.describe.serial("指南 1 注册登录", () => {
  const e = newEnterprise("注册");
  const reason = "营业执照扫描件不清晰，联系人填写有误，请更正后重新提交。";
  const correctedContact = "王更正";

  test("01–03 首页【企业登录】→【注册】→ 填写信息、验证邮箱、设置密码、提交 → 登录可见待审核", async ({ page }) => {
    await test.step("01 进入系统首页，点击【企业登录】，跳转到登录页", async () => {
      await page.goto("/");
      await screenshot(page, "g1-01-home");
      await page.getByRole("link", { name: /^企业登录/ }).click();
      await expect(page.getByRole("heading", { name: "企业登录" })).toBeVisible();
      await screenshot(page, "g1-01-login-enterprise");
    });

    await test.step("01 无账号，点击【注册】按钮", async () => {
      await page.getByRole("link", { name: "注册", exact: true }).click();
      await expect(page.getByRole("heading", { name: "企业注册" })).toBeVisible();
      await screenshot(page, "g1-02-register-empty");
    });

    await test.step("02 按提示要求填写注册信息", async () => {
      await page.getByLabel("单位名称").fill(e.name);
      await page.getByLabel("统一社会信用代码").fill(e.creditCode);
      await page.getByLabel("法定代表人").fill(e.legalRepresentative);
      await page.getByLabel("注册地").fill(e.registeredAddress);
      await page.getByLabel("联系地址").fill(e.contactAddress);
      await page.getByLabel("联系人").fill(e.contactName);
      await page.getByLabel("联系电话").fill(e.contactPhone);
      await page.getByRole("textbox", { name: "邮箱", exact: true }).fill(e.email);
      await fileInput(page, "营业执照").setInputFiles(pdfFile("营业执照.pdf", "Business licence (E2E)"));
      await page.getByLabel("资质类别").selectOption(e.qualificationType);
      await page.getByLabel("资质等级").selectOption(e.qualificationLevel);
      await page.getByLabel("资质证书编号").fill(e.qualificationCertNo);
      await page.getByLabel("资质有效期至").fill(e.qualificationExpiry);
      await fileInput(page, "资质证书").setInputFiles(pngFile("资质证书.png"));
    });

    await test.step("02 验证邮箱：【发送验证码】，填写邮件中的验证码", async () => {
      const sentAt = Date.now();
      await page.getByRole("button", { name: "发送验证码" }).click();
      await expect(page.getByText(`验证码已发送至 ${e.email}`)).toBeVisible();
      await expect(page.getByRole("button", { name: /秒后重新发送/ })).toBeDisabled();
      const code = await waitForCode(e.email, { after: sentAt });
      await page.getByLabel("邮箱验证码").fill(code);
    });

    await test.step("02 设置密码、确认密码，【提交】", async () => {
      await page.getByLabel("设置密码").fill(e.password);
      await page.getByLabel("确认密码").fill(e.password);
      await screenshot(page, "g1-02-register-filled");
      await page.getByRole("button", { name: "提交", exact: true }).click();
    });

    await test.step("03 提交成功，等待审核", async () => {
      await expect(page.getByRole("heading", { name: "提交成功，等待审核" })).toBeVisible();
      await screenshot(page, "g1-03-submitted");
    });

    await test.step("03 点击【企业登录】，用统一社会信用代码登录，查看审核状态：待审核", async () => {
      await page.getByRole("link", { name: "企业登录" }).click();
      await page.getByLabel("统一社会信用代码或邮箱").fill(e.creditCode);
      await page.getByRole("textbox", { name: "密码", exact: true }).fill(e.password);
      await page.getByRole("button", { name: "登录", exact: true }).click();
      await expect(page.getByRole("heading", { name: "注册审核状态" })).toBeVisible();
      await expect(page.getByRole("status").filter({ hasText: "待审核" })).toContainText("等待审核部门审核");
      await expect(shownValue(page, "单位名称")).toHaveText(e.name);
      await screenshot(page, "g1-03-status-pending");
      // Not approved yet: no workspace menu, and its pages lead back to the review status.
      await expect(page.getByRole("navigation", { name: "主菜单" })).toHaveCount(0);
      await page.goto("/enterprise/info");
      await expect(page.getByRole("heading", { name: "注册审核状态" })).toBeVisible();
    });
  });

  test("04 审核不通过：审核部门填写原因 → 企业看到原因，点击【前往修改】修改后重新提交 → 待审核", async ({
    page,
    browser,
  }) => {
    await test.step("审核部门：管理登录 → 企业注册审核 → 搜索单位名称 → 审核", async () => {
      await openRegistrationAsReviewer(page, e.name, { screenshots: true });
      await screenshot(page, "g1-04-reviewer-detail");
    });

    await test.step("审核部门核对注册信息", async () => {
      const expected: [string, string][] = [
        ["单位名称", e.name],
        ["统一社会信用代码", e.creditCode],
        ["法定代表人", e.legalRepresentative],
        ["注册地", e.registeredAddress],
        ["联系地址", e.contactAddress],
        ["联系人", e.contactName],
        ["联系电话", e.contactPhone],
        ["邮箱", e.email],
        ["资质类别", e.qualificationType],
        ["资质等级", e.qualificationLevel],
        ["资质证书编号", e.qualificationCertNo],
        ["资质有效期至", e.qualificationExpiry],
      ];
      for (const [label, value] of expected) await expect(shownValue(page, label), label).toHaveText(value);
    });

    await test.step("营业执照附件打开为 PDF（且未登录者不能打开）", async () => {
      const link = page.getByRole("link", { name: /营业执照：营业执照\.pdf/ });
      await expect(link).toBeVisible();
      const href = (await link.getAttribute("href"))!;
      const file = await page.request.get(href);
      expect(file.status()).toBe(200);
      expect(file.headers()["content-type"]).toBe("application/pdf");
      expect((await file.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

      const anonymous = await browser.newContext();
      const refused = await anonymous.request.get(new URL(href, page.url()).toString());
      expect(refused.status()).toBe(401);
      await anonymous.close();

      const licence = page.getByRole("link", { name: /资质证书：资质证书\.png/ });
      const png = await page.request.get((await licence.getAttribute("href"))!);
      expect(png.status()).toBe(200);
      expect(png.headers()["content-type"]).toBe("image/png");
    });

    await test.step("审核部门点击【不通过】，填写不通过原因", async () => {
      const decidedAt = Date.now();
      await page.getByRole("button", { name: "不通过", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: "审核不通过" });
      await expect(dialog).toBeVisible();
      // A reason is required.
      await dialog.getByRole("button", { name: "确认不通过" }).click();
      await expect(dialog.getByLabel("不通过原因")).toHaveAccessibleDescription("请填写不通过原因");
      await dialog.getByLabel("不通过原因").fill(reason);
      await screenshot(page, "g1-04-reviewer-reject-dialog");
      await dialog.getByRole("button", { name: "确认不通过" }).click();
      await expect(dialog).toBeHidden();
      await expectDecided(page, "审核不通过");

      const mail = await waitForMail(e.email, "企业注册申请审核不通过", { after: decidedAt });
      expect(mail.text).toContain(reason);
    });

    const enterprise = await browser.newPage({ viewport: PHONE });
    await test.step("企业登录：审核不通过，显示驳回原因", async () => {
      await loginAs(enterprise, "enterprise", e.creditCode, e.password);
      await expect(enterprise.getByRole("alert").filter({ hasText: "审核不通过" })).toContainText(
        `驳回原因：${reason}`,
      );
      await screenshot(enterprise, "g1-04-status-rejected");
    });

    await test.step("点击【前往修改】，按驳回原因修改联系人（附件不重新上传），【提交】", async () => {
      await enterprise.getByRole("link", { name: "前往修改" }).click();
      await expect(enterprise.getByRole("heading", { name: "修改注册信息" })).toBeVisible();
      await expect(enterprise.getByText(reason)).toBeVisible();
      // What was registered is there to be corrected; the files are kept unless new ones are chosen.
      await expect(enterprise.getByLabel("单位名称")).toHaveValue(e.name);
      await expect(enterprise.getByLabel("统一社会信用代码")).toHaveValue(e.creditCode);
      await expect(enterprise.getByLabel("资质类别")).toHaveValue(e.qualificationType);
      await expect(enterprise.getByLabel("资质有效期至")).toHaveValue(e.qualificationExpiry);
      await expect(enterprise.getByRole("link", { name: "营业执照.pdf" })).toBeVisible();
      await expect(enterprise.getByRole("link", { name: "资质证书.png" })).toBeVisible();
      await enterprise.getByLabel("联系人").fill(correctedContact);
      await screenshot(enterprise, "g1-04-edit-registration");
      await enterprise.getByRole("button", { name: "提交", exact: true }).click();
    });

    await test.step("重新提交后为待审核，修改已保存，附件保留", async () => {
      await expect(enterprise.getByRole("heading", { name: "注册审核状态" })).toBeVisible();
      await expect(enterprise.getByRole("status").filter({ hasText: "待审核" })).toBeVisible();
      await expect(shownValue(enterprise, "联系人")).toHaveText(correctedContact);
      await expect(enterprise.getByRole("link", { name: /营业执照：营业执照\.pdf/ })).toBeVisible();
      await expect(enterprise.getByRole("link", { name: /资质证书：资质证书\.png/ })).toBeVisible();
      await screenshot(enterprise, "g1-04-status-resubmitted");
    });
    await enterprise.close();
  });

  test("04 审核通过：企业登录后进入系统，可使用企业信息、变更申请、延续申请、证书查询", async ({ page }) => {
    await test.step("审核部门打开重新提交的注册申请，核对修改后点击【通过】", async () => {
      await openRegistrationAsReviewer(page, e.name);
      await expect(shownValue(page, "联系人")).toHaveText(correctedContact);
      await expect(page.getByRole("list", { name: "办理进度" })).toContainText(reason);
      const decidedAt = Date.now();
      await page.getByRole("button", { name: "通过", exact: true }).click();
      await expectDecided(page, "审核通过");
      await waitForMail(e.email, "企业注册申请审核通过", { after: decidedAt });
    });

    await test.step("企业登录，进入企业工作台", async () => {
      await page.context().clearCookies();
      await loginAs(page, "enterprise", e.creditCode, e.password);
      await expect(page.getByRole("heading", { name: "企业信息", level: 1 })).toBeVisible();
      await expect(page.getByText(e.name).first()).toBeVisible();
      await screenshot(page, "g1-04-workspace-info");
    });

    await test.step("左侧菜单：企业信息、变更申请、延续申请、证书查询", async () => {
      const menu = page.getByRole("navigation", { name: "主菜单" });
      for (const [item, shot] of [
        ["变更申请", "g1-04-workspace-change"],
        ["延续申请", "g1-04-workspace-renewal"],
        ["证书查询", "g1-04-workspace-certificates"],
        ["企业信息", ""],
      ] as const) {
        await menu.getByRole("link", { name: item, exact: true }).click();
        await expect(page.getByRole("heading", { name: item, level: 1 })).toBeVisible();
        if (shot) await screenshot(page, shot);
      }
    });

    await test.step("企业也可以用注册邮箱登录", async () => {
      await page.context().clearCookies();
      await loginAs(page, "enterprise", e.email.toUpperCase(), e.password);
      await expect(page.getByRole("heading", { name: "企业信息", level: 1 })).toBeVisible();
    });
  });
});

test.describe("指南 1 注册：输入有误时", () => {
  test("字段旁显示中文提示，已填写的内容保留", async ({ page }) => {
    const e = newEnterprise("校验");
    const wrongCode = withWrongCheckChar(e.creditCode);
    await page.goto("/register");
    await page.getByLabel("单位名称").fill(e.name);
    await page.getByLabel("统一社会信用代码").fill(wrongCode);
    await page.getByLabel("法定代表人").fill(e.legalRepresentative);
    await page.getByLabel("联系电话").fill("1381234567"); // 10 digits
    await page.getByRole("textbox", { name: "邮箱", exact: true }).fill("not-an-email");
    await page.getByLabel("设置密码").fill("short");
    await page.getByRole("button", { name: "提交", exact: true }).click();

    // Each message sits beside its field (it is the field's accessible description).
    await expect(page.getByLabel("统一社会信用代码")).toHaveAccessibleDescription(/统一社会信用代码不正确/);
    await expect(page.getByLabel("联系电话")).toHaveAccessibleDescription("请输入正确的11位手机号");
    await expect(page.getByRole("textbox", { name: "邮箱", exact: true })).toHaveAccessibleDescription(
      "邮箱格式不正确",
    );
    await expect(page.getByLabel("注册地")).toHaveAccessibleDescription("请填写注册地");
    await expect(page.getByLabel("资质类别")).toHaveAccessibleDescription("请选择资质类别");
    await expect(page.getByLabel("邮箱验证码")).toHaveAccessibleDescription("请输入邮件中的6位验证码");
    await expect(page.getByLabel("设置密码")).toHaveAccessibleDescription(/密码至少8位/);
    await expect(page.getByLabel("统一社会信用代码")).toHaveAttribute("aria-invalid", "true");
    await screenshot(page, "g1-02-register-errors");

    // Nothing typed was lost.
    await expect(page.getByLabel("单位名称")).toHaveValue(e.name);
    await expect(page.getByLabel("统一社会信用代码")).toHaveValue(wrongCode);
    await expect(page.getByLabel("法定代表人")).toHaveValue(e.legalRepresentative);
    await expect(page.getByLabel("联系电话")).toHaveValue("1381234567");
    await expect(page.getByRole("textbox", { name: "邮箱", exact: true })).toHaveValue("not-an-email");

    // Correcting the check character clears that message.
    await page.getByLabel("统一社会信用代码").fill(e.creditCode);
    await page.getByRole("button", { name: "提交", exact: true }).click();
    await expect(page.getByLabel("统一社会信用代码")).not.toHaveAccessibleDescription(/不正确/);
    await expect(page.getByLabel("联系电话")).toHaveAccessibleDescription("请输入正确的11位手机号");
  });

  test("已注册的统一社会信用代码被拒绝，提示在字段旁，填写内容和附件保留", async ({ page }) => {
    const e = newEnterprise("重复");
    const taken = "91330100MA2AB1CD2N"; // 浙江示例路桥工程有限公司 (demo data)
    await page.goto("/register");
    await fillRegistrationForm(page, { ...e, creditCode: taken });
    await page.getByRole("button", { name: "提交", exact: true }).click();
    await expect(page.getByLabel("统一社会信用代码")).toHaveAccessibleDescription(/已.*注册/);
    await expect(page.getByLabel("单位名称")).toHaveValue(e.name);
    await expect(page.getByLabel("联系地址")).toHaveValue(e.contactAddress);
    await expect(page.getByLabel("资质类别")).toHaveValue(e.qualificationType);
    await expect(fileInput(page, "营业执照")).toHaveJSProperty("files.length", 1);
    await screenshot(page, "g1-02-register-duplicate");
  });

  test("改了扩展名的 .exe 不能作为营业执照上传", async ({ page }) => {
    const e = newEnterprise("附件");
    await page.goto("/register");
    await fillRegistrationForm(page, e, { licence: exeRenamedPdf("营业执照.pdf") });
    await page.getByRole("button", { name: "提交", exact: true }).click();
    await expect(fileInput(page, "营业执照")).toHaveAccessibleDescription("文件内容不是 PDF、JPG 或 PNG，请重新选择");
    await expect(page).toHaveURL(/\/register$/);
    await expect(page.getByLabel("单位名称")).toHaveValue(e.name);
    await screenshot(page, "g1-02-register-bad-file");

    // With a real PDF the same form goes through (the code was not used up by the refusal).
    await fileInput(page, "营业执照").setInputFiles(pdfFile("营业执照.pdf"));
    await page.getByRole("button", { name: "提交", exact: true }).click();
    await expect(page.getByRole("heading", { name: "提交成功，等待审核" })).toBeVisible();
  });
});

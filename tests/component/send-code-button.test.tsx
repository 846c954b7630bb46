import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { SendCodeButton } from "@/components/form/send-code-button";
import type { FormState } from "@/lib/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

function Form({ action, onResult }: { action: Action; onResult: (state: FormState) => void }) {
  return (
    <form>
      <label htmlFor="email">电子邮箱</label>
      <input id="email" name="email" defaultValue="unit@example.com" />
      <label htmlFor="password">密码</label>
      <input id="password" name="password" type="password" defaultValue="not-sent" />
      <SendCodeButton action={action} fields={["email"]} onResult={onResult} />
    </form>
  );
}

// The server action (the outside boundary) is a plain async function answering as the real one does.
describe("SendCodeButton", () => {
  it("sends only the named fields, reports the result and counts down before a resend", async () => {
    const user = userEvent.setup();
    const action = vi.fn<Action>(async () => ({ ok: true, message: "验证码已发送" }));
    const onResult = vi.fn();
    render(<Form action={action} onResult={onResult} />);

    await user.click(screen.getByRole("button", { name: "发送验证码" }));

    expect(await screen.findByRole("button", { name: "60秒后重新发送" })).toBeDisabled();
    expect(action).toHaveBeenCalledTimes(1);
    expect(Object.fromEntries(action.mock.calls[0][1])).toEqual({ email: "unit@example.com" });
    expect(onResult).toHaveBeenCalledWith({ ok: true, message: "验证码已发送" });
  });

  it("reports a refusal and may be pressed again at once", async () => {
    const user = userEvent.setup();
    const refusal = { errors: { email: ["请输入正确的电子邮箱"] } };
    const action = vi.fn<Action>(async () => refusal);
    const onResult = vi.fn();
    render(<Form action={action} onResult={onResult} />);

    await user.click(screen.getByRole("button", { name: "发送验证码" }));

    await vi.waitFor(() => expect(onResult).toHaveBeenCalledWith(refusal));
    expect(screen.getByRole("button", { name: "发送验证码" })).toBeEnabled();
  });
});

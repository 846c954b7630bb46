import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { FormMessage, SubmitButton, TextField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormState } from "@/lib/form-state";
import { z } from "@/lib/schemas/zod";
import { chooseFiles } from "./support/choose-file";

const schema = z.object({
  name: z.string().trim().min(1, "请填写单位名称"),
  phone: z.string().regex(/^1\d{10}$/, "请输入11位手机号"),
});

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** A form built the one way every form of the product is built: useActionForm + the field components. */
function DemoForm({ action, lazySchema = false }: { action: Action; lazySchema?: boolean }) {
  const { state, pending, error, formProps } = useActionForm(action, lazySchema ? async () => schema : schema);
  return (
    <form {...formProps}>
      <FormMessage message={state.message} ok={state.ok} />
      <TextField name="name" label="单位名称" required error={error("name")} />
      <TextField name="phone" label="联系电话" hint="11位手机号" error={error("phone")} />
      {/* A plain file input: what is tested here is that the form pattern never resets the form. */}
      <label htmlFor="licence">营业执照</label>
      <input id="licence" name="licence" type="file" />
      <SubmitButton pending={pending}>提交</SubmitButton>
    </form>
  );
}

// The server action is the outside boundary of a client form: these stand in for it with plain async
// functions returning what a real one returns ({ ok, data } or { message, errors }).
const accepting = () => vi.fn<Action>(async () => ({ ok: true, message: "已提交" }));
const refusing = () =>
  vi.fn<Action>(async () => ({ message: "该单位已注册", errors: { name: ["该单位名称已被使用"] } }));

const licence = () => new File(["%PDF-1.7"], "营业执照.pdf", { type: "application/pdf" });

async function fill(user: ReturnType<typeof userEvent.setup>, values: { name?: string; phone?: string }) {
  if (values.name) await user.type(screen.getByRole("textbox", { name: "单位名称" }), values.name);
  if (values.phone) await user.type(screen.getByRole("textbox", { name: "联系电话" }), values.phone);
}

describe("the form pattern (useActionForm + fields)", () => {
  it("checks the input with the schema in the browser: the message sits beside the field, the action is not called", async () => {
    const user = userEvent.setup();
    const action = accepting();
    render(<DemoForm action={action} />);
    const name = screen.getByRole("textbox", { name: "单位名称" });
    const phone = screen.getByRole("textbox", { name: "联系电话" });
    expect(phone).toHaveAccessibleDescription("11位手机号");
    expect(name).not.toHaveAttribute("aria-invalid");

    await fill(user, { phone: "12345" });
    await user.click(screen.getByRole("button", { name: "提交" }));

    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(name).toHaveAccessibleDescription("请填写单位名称");
    expect(phone).toHaveAttribute("aria-invalid", "true");
    expect(phone).toHaveAccessibleDescription("请输入11位手机号");
    expect(phone).toHaveValue("12345");
    await waitFor(() => expect(name).toHaveFocus());
    expect(action).not.toHaveBeenCalled();

    // Corrected, the errors go and the form is sent.
    await fill(user, { name: "华东路桥有限公司" });
    await user.clear(phone);
    await fill(user, { phone: "13800000000" });
    await user.click(screen.getByRole("button", { name: "提交" }));
    await waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(name).not.toHaveAttribute("aria-invalid");
    expect(phone).toHaveAccessibleDescription("11位手机号");
  });

  it("keeps the typed values and the chosen file when the server says no, and shows its errors", async () => {
    const user = userEvent.setup();
    const action = refusing();
    render(<DemoForm action={action} />);
    await fill(user, { name: "华东路桥有限公司", phone: "13800000000" });
    const file = licence();
    chooseFiles(screen.getByLabelText("营业执照"), file);

    await user.click(screen.getByRole("button", { name: "提交" }));

    expect(await screen.findByText("该单位已注册")).toBeVisible();
    const name = screen.getByRole("textbox", { name: "单位名称" });
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(name).toHaveAccessibleDescription("该单位名称已被使用");
    expect(name).toHaveValue("华东路桥有限公司");
    expect(screen.getByRole("textbox", { name: "联系电话" })).toHaveValue("13800000000");
    const input = screen.getByLabelText<HTMLInputElement>("营业执照");
    expect(input.files).toHaveLength(1);
    expect(input.files?.[0]).toBe(file);
  });

  it("sends the FormData, file included, to the server action", async () => {
    const user = userEvent.setup();
    const action = accepting();
    render(<DemoForm action={action} />);
    await fill(user, { name: "  华东路桥有限公司 ", phone: "13800000000" });
    chooseFiles(screen.getByLabelText("营业执照"), licence());

    await user.click(screen.getByRole("button", { name: "提交" }));

    expect(await screen.findByRole("status")).toHaveTextContent("已提交");
    expect(action).toHaveBeenCalledTimes(1);
    const sent = action.mock.calls[0][1];
    // The server parses the raw FormData again with the same schema; the browser sends it unchanged.
    expect(sent.get("name")).toBe("  华东路桥有限公司 ");
    expect(sent.get("phone")).toBe("13800000000");
    expect((sent.get("licence") as File).name).toBe("营业执照.pdf");
  });

  it("a schema loaded at the first submit (the login pages) checks the input the same way", async () => {
    const user = userEvent.setup();
    const action = accepting();
    render(<DemoForm action={action} lazySchema />);
    await fill(user, { phone: "12345" });
    await user.click(screen.getByRole("button", { name: "提交" }));
    await waitFor(() =>
      expect(screen.getByRole("textbox", { name: "单位名称" })).toHaveAccessibleDescription("请填写单位名称"),
    );
    expect(action).not.toHaveBeenCalled();

    await fill(user, { name: "浙江示例路桥工程有限公司" });
    await user.clear(screen.getByRole("textbox", { name: "联系电话" }));
    await fill(user, { phone: "13800000000" });
    await user.click(screen.getByRole("button", { name: "提交" }));
    await waitFor(() => expect(action).toHaveBeenCalledTimes(1));
  });
});

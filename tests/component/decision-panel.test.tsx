import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { DecisionPanel } from "@/components/application/decision-panel";
import type { FormState } from "@/lib/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

const APPLICATION_ID = "3f1c2a4e-8b7d-4c6e-9a01-2b3c4d5e6f70";

// The server action is the outside boundary: a plain async function answering as the real one does.
const decided = () => vi.fn<Action>(async () => ({ ok: true }));
const conflict = () => vi.fn<Action>(async () => ({ message: "该申请已被他人处理，请刷新后查看" }));

/** Opens 【不通过】's dialog; the approve button's label may vary, the reject path does not. */
async function openReject(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "不通过" }));
  const dialog = await screen.findByRole("dialog", { name: "审核不通过" });
  return {
    dialog,
    opinion: within(dialog).getByRole("textbox", { name: "不通过原因" }),
    confirm: within(dialog).getByRole("button", { name: "确认不通过" }),
  };
}

describe("DecisionPanel", () => {
  it("refuses 不通过 without a reason: the error sits beside the field and the action is not called", async () => {
    const user = userEvent.setup();
    const action = decided();
    render(<DecisionPanel action={action} applicationId={APPLICATION_ID} version={2} />);
    const { opinion, confirm } = await openReject(user);
    expect(opinion).toBeRequired();

    await user.click(confirm);

    expect(opinion).toHaveAttribute("aria-invalid", "true");
    expect(opinion).toHaveAccessibleDescription("请填写不通过原因");
    expect(action).not.toHaveBeenCalled();

    // Spaces are not a reason either (the schema trims).
    await user.type(opinion, "   ");
    await user.click(confirm);
    expect(opinion).toHaveAccessibleDescription("请填写不通过原因");
    expect(action).not.toHaveBeenCalled();
  });

  it("with a reason, sends decision=reject at the version the reviewer saw", async () => {
    const user = userEvent.setup();
    const action = decided();
    render(<DecisionPanel action={action} applicationId={APPLICATION_ID} version={2} hidden={{ kind: "RENEWAL" }} />);
    const { opinion, confirm } = await openReject(user);

    await user.type(opinion, "营业执照扫描件不清晰，请重新上传");
    await user.click(confirm);

    expect(await screen.findByText("已处理。")).toBeVisible();
    expect(action).toHaveBeenCalledTimes(1);
    const sent = Object.fromEntries(action.mock.calls[0][1]);
    expect(sent).toEqual({
      applicationId: APPLICATION_ID,
      version: "2",
      kind: "RENEWAL",
      decision: "reject",
      opinion: "营业执照扫描件不清晰，请重新上传",
    });
  });

  it("keeps the dialog and the reason when someone else decided first", async () => {
    const user = userEvent.setup();
    const action = conflict();
    render(<DecisionPanel action={action} applicationId={APPLICATION_ID} version={2} />);
    const { dialog, opinion, confirm } = await openReject(user);

    await user.type(opinion, "材料不全");
    await user.click(confirm);

    expect(await within(dialog).findByText("该申请已被他人处理，请刷新后查看")).toBeVisible();
    expect(opinion).toHaveValue("材料不全");
    expect(screen.queryByText("已处理。")).not.toBeInTheDocument();
  });
});

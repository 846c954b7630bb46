import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

function Harness() {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen} title="撤回申请" trigger={<Button>撤回</Button>}>
      <p>确定撤回吗？</p>
      <Button onClick={() => setOpen(false)}>返回</Button>
    </Dialog>
  );
}

describe("Dialog", () => {
  it("renders only its button until opened; opens as a titled modal; Esc closes it and focus returns", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const button = screen.getByRole("button", { name: "撤回" });
    expect(button).toHaveAttribute("aria-haspopup", "dialog");
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("dialog")).toBeNull();

    await user.click(button);
    const dialog = await screen.findByRole("dialog", { name: "撤回申请" });
    expect(dialog).toHaveTextContent("确定撤回吗？");
    expect(button).toHaveAttribute("aria-expanded", "true");

    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(button).toHaveAttribute("aria-expanded", "false");
    await waitFor(() => expect(button).toHaveFocus());

    // opened again (its code already loaded), closed from inside: focus back on the button
    await user.click(button);
    await user.click(await screen.findByRole("button", { name: "返回" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(button).toHaveFocus());
  });
});

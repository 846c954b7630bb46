import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ConfirmButtons } from "@/components/form/fields";

describe("ConfirmButtons", () => {
  it("closes with the cancel button (not a submit) and submits with the confirm button", () => {
    const onCancel = vi.fn();
    const onSubmit = vi.fn((e: React.FormEvent) => e.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <ConfirmButtons pending={false} onCancel={onCancel} cancelLabel="返回">
          确认撤销
        </ConfirmButtons>
      </form>,
    );
    fireEvent.click(screen.getByRole("button", { name: "返回" }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "确认撤销" }));
    expect(onSubmit).toHaveBeenCalledOnce();
  });

  it("while pending, the confirm button is disabled and says so", () => {
    render(
      <ConfirmButtons pending onCancel={() => {}}>
        确认撤销
      </ConfirmButtons>,
    );
    expect(screen.getByRole("button", { name: "取消" })).toBeEnabled();
    const confirm = screen.getByRole("button", { name: "提交中…" });
    expect(confirm).toBeDisabled();
    expect(confirm).toHaveAttribute("aria-busy", "true");
  });
});

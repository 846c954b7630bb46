import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { IdleWarning } from "@/components/layout/idle-warning";

const WARNING = "您已长时间未操作，将在 2 分钟后退出登录";

describe("IdleWarning", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("warns two minutes before the end, offers 【继续使用】, and asks again when the time is up", async () => {
    const onContinue = vi.fn();
    const onEnd = vi.fn();
    const endsAt = Date.now() + 10 * 60_000;
    const { rerender } = render(<IdleWarning endsAt={endsAt} onContinue={onContinue} onEnd={onEnd} />);

    act(() => vi.advanceTimersByTime(7 * 60_000 + 59_000));
    expect(screen.queryByText(WARNING)).toBeNull();
    act(() => vi.advanceTimersByTime(1_000));
    await act(() => import("@/components/ui/dialog-content")); // the dialog's code is fetched when it opens
    expect(screen.getByRole("alert")).toHaveTextContent(WARNING);

    // A poll a moment later measures the same end: the warning stays.
    rerender(<IdleWarning endsAt={endsAt + 40} onContinue={onContinue} onEnd={onEnd} />);
    expect(screen.getByText(WARNING)).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "继续使用" }));
    expect(onContinue).toHaveBeenCalledTimes(1);
    // The server's answer moves the end: the warning goes.
    rerender(<IdleWarning endsAt={Date.now() + 30 * 60_000} onContinue={onContinue} onEnd={onEnd} />);
    expect(screen.queryByText(WARNING)).toBeNull();
    expect(onEnd).not.toHaveBeenCalled();
  });

  it("calls onEnd once the time is up", () => {
    const onEnd = vi.fn();
    render(<IdleWarning endsAt={Date.now() + 3 * 60_000} onContinue={() => {}} onEnd={onEnd} />);
    act(() => vi.advanceTimersByTime(3 * 60_000 + 1_000));
    expect(onEnd).toHaveBeenCalledTimes(1);
  });
});

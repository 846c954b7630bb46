import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { LinkTabs } from "@/components/ui/tabs";

describe("LinkTabs", () => {
  const tabs = [
    { key: "pending", label: "待审核", href: "?tab=pending", count: 2 },
    { key: "approved", label: "审核通过", href: "?tab=approved", count: 0 },
  ];

  it("marks the current tab for assistive technology and keeps each count in its label", () => {
    render(<LinkTabs label="审核状态" tabs={tabs} current="approved" />);
    const nav = screen.getByRole("navigation", { name: "审核状态" });
    const current = within(nav).getByRole("link", { current: "page" });
    expect(current).toHaveTextContent("审核通过(0)");
    expect(within(nav).getByRole("link", { name: "待审核(2)" })).not.toHaveAttribute("aria-current");
    expect(current).toHaveAttribute("href", "?tab=approved");
  });
});

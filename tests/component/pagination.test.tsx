import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Pagination } from "@/components/ui/pagination";

describe("Pagination", () => {
  it("says the exact total, or that the list stopped counting", () => {
    const { rerender } = render(
      <Pagination result={{ page: 2, pageCount: 3, total: 45, more: false }} params={{ q: "王" }} />,
    );
    expect(screen.getByRole("navigation", { name: "分页" })).toHaveTextContent("共 45 条，第 2/3 页");
    expect(screen.getByRole("link", { name: "下一页" })).toHaveAttribute("href", "?q=%E7%8E%8B&page=3");

    rerender(<Pagination result={{ page: 1, pageCount: 500, total: 10_000, more: true }} params={{}} />);
    expect(screen.getByRole("navigation", { name: "分页" })).toHaveTextContent(
      "超过 10000 条（请用搜索缩小范围），第 1/500 页",
    );
  });
});

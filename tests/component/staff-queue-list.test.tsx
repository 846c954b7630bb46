import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { StaffQueueList } from "@/components/application/staff-queue-list";

const enterprise = {
  name: "杭州通途交通工程有限公司",
  creditCode: "91330100MA27XXXX1K",
  contactName: "李明",
  contactPhone: "13800000000",
};
const rows = [
  {
    id: "6f1c3d2e-0000-4000-8000-000000000001",
    version: 2,
    kind: "TRANSFER_OUT" as const,
    status: "PENDING_ASSESSMENT" as const,
    payload: { reason: "回老家", fromUnitName: enterprise.name },
    submittedAt: new Date("2026-11-30T02:00:00Z"),
    enterprise,
    person: { name: "王建国" },
    certificate: { number: "浙交安C(24)G00123" },
  },
];

describe("StaffQueueList", () => {
  it("gives each row one link, named for the item, and the registry's summary", () => {
    const href = (row: { id: string }) => `/staff/review/transfer-out/${row.id}`;
    render(<StaffQueueList rows={rows} selectable href={href} linkLabel={() => "考核"} />);
    const [item] = screen.getAllByRole("listitem");
    const links = within(item).getAllByRole("link");
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAccessibleName("考核：王建国");
    expect(links[0]).toHaveAttribute("href", `/staff/review/transfer-out/${rows[0].id}`);
    expect(item).toHaveTextContent(`王建国 浙交安C(24)G00123：调出 ${enterprise.name}`);
    expect(within(item).getByRole("checkbox", { name: "勾选 王建国" })).toHaveAttribute("value", `${rows[0].id}:2`);
  });
});

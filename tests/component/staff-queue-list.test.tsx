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

  it("says the time left in words (办理时限), and nothing outside a staff stage", () => {
    const timed = [
      { ...rows[0], timeLeft: { state: "overdue" as const, days: 3 } },
      { ...rows[0], id: "6f1c3d2e-0000-4000-8000-000000000002", timeLeft: { state: "unknown" as const } },
      { ...rows[0], id: "6f1c3d2e-0000-4000-8000-000000000003", status: "APPROVED" as const, timeLeft: null },
    ];
    render(<StaffQueueList rows={timed} selectable={false} href={() => "#"} linkLabel={() => "查看"} />);
    const [late, unknown, done] = screen.getAllByRole("listitem");
    expect(late).toHaveTextContent("已超期 3 个工作日");
    expect(unknown).toHaveTextContent("办理时限未知（节假日未录入）");
    expect(done).not.toHaveTextContent(/工作日|办理时限/);
  });
});

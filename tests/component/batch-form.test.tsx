import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { BatchForm } from "@/components/application/batch-form";
import { formDataToObject, issuesToFieldErrors, type FormState } from "@/lib/form-state";
import { batchDecisionSchema } from "@/lib/schemas/decision.schema";

type Result = { id: string; ok: boolean; message?: string }[];
type Action = (prev: FormState<Result>, formData: FormData) => Promise<FormState<Result>>;

const ROWS = [
  { id: "0b6f2c1e-1111-4a2b-8c3d-000000000001", version: 3, name: "李明轩" },
  { id: "0b6f2c1e-2222-4a2b-8c3d-000000000002", version: 1, name: "王雅琴" },
  { id: "0b6f2c1e-3333-4a2b-8c3d-000000000003", version: 0, name: "赵子豪" },
];
const TAKEN = "该申请已被他人处理，请刷新后查看";

/**
 * Stands in for the server action (the outside boundary): it parses the FormData with the real batch
 * schema, as authedAction does, and decides each row; the rows in `taken` were decided by someone else.
 */
function batchAction(taken: string[] = []) {
  return vi.fn<Action>(async (_prev, formData) => {
    const parsed = batchDecisionSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return { errors: issuesToFieldErrors(parsed.error.issues) };
    const ids = parsed.data.items.map((item) => item.applicationId);
    return {
      ok: true,
      data: ids.map((id) => (taken.includes(id) ? { id, ok: false, message: TAKEN } : { id, ok: true })),
    };
  });
}

function Queue({ action, rows = ROWS }: { action: Action; rows?: typeof ROWS }) {
  return (
    <BatchForm
      action={action}
      decision="approve"
      label="批量通过"
      disabled={rows.length === 0}
      names={Object.fromEntries(rows.map((r) => [r.id, r.name]))}
    >
      <ul>
        {rows.map((r) => (
          <li key={r.id}>
            <input type="checkbox" name="items" value={`${r.id}:${r.version}`} aria-label={`选择 ${r.name}`} />
            {r.name}
          </li>
        ))}
      </ul>
    </BatchForm>
  );
}

const tick = (user: ReturnType<typeof userEvent.setup>, name: string) =>
  user.click(screen.getByRole("checkbox", { name: `选择 ${name}` }));
const submit = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole("button", { name: "批量通过" }));

describe("BatchForm", () => {
  it("with no row ticked, says to tick rows first and shows no result", async () => {
    const user = userEvent.setup();
    const action = batchAction();
    render(<Queue action={action} />);

    await submit(user);

    expect(await screen.findByText("请先勾选要处理的申请")).toBeVisible();
    expect(screen.queryByText(/已处理/)).not.toBeInTheDocument();
  });

  it("sends the ticked rows at their versions and reports how many went through", async () => {
    const user = userEvent.setup();
    const action = batchAction();
    render(<Queue action={action} />);
    await tick(user, "李明轩");
    await tick(user, "赵子豪");

    await submit(user);

    expect(await screen.findByRole("status")).toHaveTextContent("已处理 2 条");
    const sent = action.mock.calls[0][1];
    expect(sent.getAll("items")).toEqual([`${ROWS[0].id}:3`, `${ROWS[2].id}:0`]);
    expect(sent.get("decision")).toBe("approve");
  });

  it("names each row that did not go through, with the reason, after the decided rows left the list", async () => {
    const user = userEvent.setup();
    const action = batchAction([ROWS[1].id]);
    const { rerender } = render(<Queue action={action} />);
    await user.click(screen.getByRole("checkbox", { name: "全选" }));
    for (const r of ROWS) expect(screen.getByRole("checkbox", { name: `选择 ${r.name}` })).toBeChecked();

    await submit(user);

    const summary = await screen.findByRole("alert");
    expect(summary).toHaveTextContent("已处理 2 条，1 条未处理");
    expect(summary).toHaveTextContent(`王雅琴：${TAKEN}`);
    expect(summary).not.toHaveTextContent("李明轩");

    // The page re-renders without the decided rows (and their names); the summary still names them.
    rerender(<Queue action={action} rows={[]} />);
    expect(screen.getByRole("alert")).toHaveTextContent(`王雅琴：${TAKEN}`);
  });
});

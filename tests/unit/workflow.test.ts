import { describe, expect, it } from "vitest";
import {
  ACTION_LABEL,
  APPLICATION_KINDS,
  APPLICATION_STATUSES,
  availableActions,
  findTransition,
  ROLES,
  WORKFLOWS,
  type ApplicationStatus,
  type WorkflowAction,
} from "@/lib/domain/workflow";

const ACTIONS = Object.keys(ACTION_LABEL) as WorkflowAction[];
const FROM: (ApplicationStatus | null)[] = [null, ...APPLICATION_STATUSES];

describe.each(APPLICATION_KINDS)("workflow %s", (kind) => {
  const table = WORKFLOWS[kind];

  it("gives every transition at least one role", () => {
    for (const t of table) expect(t.roles.length, `${t.from} ${t.action}`).toBeGreaterThan(0);
  });

  it("requires an opinion for every rejection", () => {
    for (const t of table.filter((t) => t.action === "reject" || t.action === "unitReject")) {
      expect(t.opinionRequired, `${t.from} ${t.action}`).toBe(true);
    }
  });

  it("has at most one transition per status and action", () => {
    const keys = table.map((t) => `${t.from}:${t.action}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("finds nothing outside the table", () => {
    for (const from of FROM) {
      for (const action of ACTIONS) {
        const found = findTransition(kind, from, action);
        const literal = table.find((t) => t.from === from && t.action === action);
        expect(found, `${from} ${action}`).toBe(literal);
        if (found) expect(table).toContain(found);
      }
    }
  });

  it("offers a role only the actions the table gives it", () => {
    for (const from of APPLICATION_STATUSES) {
      for (const role of ROLES) {
        for (const action of availableActions(kind, from, role)) {
          expect(findTransition(kind, from, action)?.roles).toContain(role);
        }
      }
    }
  });

  it("never leaves APPROVED or CANCELLED", () => {
    expect(table.filter((t) => t.from === "APPROVED" || t.from === "CANCELLED")).toEqual([]);
  });

  it("has exactly one way in: submit from null", () => {
    const fromNull = table.filter((t) => t.from === null);
    expect(fromNull.map((t) => t.action)).toEqual(["submit"]);
    expect(table.filter((t) => t.action === "submit")).toHaveLength(1);
  });

  it("reaches every status it mentions from its submit", () => {
    const reached = new Set<ApplicationStatus>([table.find((t) => t.from === null)!.to]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const t of table) {
        if (t.from !== null && reached.has(t.from) && !reached.has(t.to)) {
          reached.add(t.to);
          grew = true;
        }
      }
    }
    const mentioned = new Set(table.flatMap((t) => (t.from === null ? [t.to] : [t.from, t.to])));
    expect([...mentioned].filter((s) => !reached.has(s))).toEqual([]);
  });

  it("can reach APPROVED", () => {
    expect(table.some((t) => t.to === "APPROVED")).toBe(true);
  });
});

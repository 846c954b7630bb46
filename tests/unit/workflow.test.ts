import { describe, expect, it } from "vitest";
import {
  APPLICATION_KINDS,
  availableActions,
  filedBy,
  findTransition,
  kindOfSlug,
  KINDS,
  kindsActedOnBy,
  rolesTaking,
  staffRolesFor,
} from "@/lib/domain/application-kinds";
import {
  ACTION_LABEL,
  APPLICATION_STATUSES,
  lastRejection,
  ROLES,
  type ApplicationStatus,
  type WorkflowAction,
} from "@/lib/domain/workflow";

const ACTIONS = Object.keys(ACTION_LABEL) as WorkflowAction[];
const FROM: (ApplicationStatus | null)[] = [null, ...APPLICATION_STATUSES];

describe.each(APPLICATION_KINDS)("workflow %s", (kind) => {
  const table = KINDS[kind].workflow;

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
    for (let grew = true; grew;) {
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

describe("the kind registry", () => {
  it("has one entry per kind, with a label and a slug of its own", () => {
    expect(Object.keys(KINDS).sort()).toEqual([...APPLICATION_KINDS].sort());
    const labels = APPLICATION_KINDS.map((k) => KINDS[k].label);
    const slugs = APPLICATION_KINDS.map((k) => KINDS[k].slug);
    expect(new Set(labels).size).toBe(labels.length);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const kind of APPLICATION_KINDS) {
      expect(KINDS[kind].label, kind).toMatch(/\S/);
      expect(KINDS[kind].slug, kind).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(kindOfSlug(KINDS[kind].slug)).toBe(kind);
    }
    expect(kindOfSlug("nonsense")).toBeNull();
  });

  it.each(APPLICATION_KINDS)("%s: is filed by someone, and some staff role acts on it", (kind) => {
    expect(filedBy(kind).length).toBeGreaterThan(0);
    expect(staffRolesFor(kind).length).toBeGreaterThan(0);
    expect(kindsActedOnBy("REVIEWER").includes(kind) || kindsActedOnBy("ASSESSOR").includes(kind)).toBe(true);
  });

  it.each(APPLICATION_KINDS)("%s: words the 考核部门's decision exactly when its table has one", (kind) => {
    const issued = KINDS[kind].workflow.some((t) => t.action === "issue");
    if (issued) expect(KINDS[kind].issueLabel).toMatch(/\S/);
    else expect(KINDS[kind].issueLabel).toBeNull();
  });

  it.each(APPLICATION_KINDS)("%s: batch 【批量通过】 only where the 审核部门 approves from 待审核", (kind) => {
    if (KINDS[kind].staffBatch) expect(findTransition(kind, "PENDING_REVIEW", "approve")?.roles).toContain("REVIEWER");
  });

  it("calls a 调出's final decision what it does, and keeps 核发证书 where a certificate is issued", () => {
    expect(KINDS.TRANSFER_OUT.issueLabel).toBe("确认调出");
    expect(KINDS.UNIT_INFO_CHANGE.issueLabel).toBe("核发证书");
  });

  it("lists the 考核部门's kinds in registry order, and who may take an action", () => {
    expect(kindsActedOnBy("ASSESSOR")).toEqual([
      "UNIT_INFO_CHANGE",
      "TRANSFER_OUT",
      "TRANSFER_IN",
      "CERTIFICATE_CANCELLATION",
    ]);
    expect(rolesTaking("cancel", "RENEWAL")).toEqual(["ENTERPRISE"]);
    expect(rolesTaking("withdraw")).toEqual(["PERSON"]);
    expect(rolesTaking("reject", "TRANSFER_IN").sort()).toEqual(["ASSESSOR", "REVIEWER"]);
    expect(rolesTaking("issue", "RENEWAL")).toEqual([]);
  });

  it("lets the holder or the unit file and cancel a 注销, and words it from its payload", () => {
    expect(filedBy("CERTIFICATE_CANCELLATION")).toEqual(["PERSON", "ENTERPRISE"]);
    expect(rolesTaking("cancel", "CERTIFICATE_CANCELLATION")).toEqual(["PERSON", "ENTERPRISE"]);
    expect(KINDS.CERTIFICATE_CANCELLATION).toMatchObject({ issueLabel: "确认注销", staffBatch: false });
    const app = {
      payload: { reason: "其他", reasonText: "出国定居", attachmentFileId: "f", filedBy: "PERSON" },
      person: { name: "张三" },
      certificate: { number: "浙交安C(23)G00001" },
    };
    expect(KINDS.CERTIFICATE_CANCELLATION.summary(app)).toBe("张三 浙交安C(23)G00001：其他：出国定居");
    expect(KINDS.CERTIFICATE_CANCELLATION.files(app)).toEqual([{ label: "附件", id: "f" }]);
    const noFile = { ...app, payload: { reason: "本人申请", filedBy: "ENTERPRISE" } };
    expect(KINDS.CERTIFICATE_CANCELLATION.files(noFile)).toEqual([]);
    expect(KINDS.CERTIFICATE_CANCELLATION.facts(noFile)[1]).toEqual({ label: "申请方", value: "所在单位" });
    expect(() => KINDS.CERTIFICATE_CANCELLATION.summary({ ...app, payload: { reason: "不想要了" } })).toThrow();
  });

  it("summarises and details a renewal from its payload, and refuses a payload of another shape", () => {
    const renewal = {
      payload: { formFileId: "f", supportingFileIds: ["s"], expiresOn: "2026-03-31" },
      person: { name: "张三" },
      certificate: { number: "浙交安C(23)G00001" },
    };
    expect(KINDS.RENEWAL.summary(renewal)).toBe("张三 浙交安C(23)G00001：有效期至 2026-03-31 → 2029-03-31");
    expect(KINDS.RENEWAL.facts(renewal).find((f) => f.label === "延续后有效期至")?.value).toBe("2029-03-31");
    expect(KINDS.RENEWAL.files(renewal)).toEqual([
      { label: "签字盖章的申请表", id: "f" },
      { label: "证明材料 1", id: "s" },
    ]);
    expect(() => KINDS.RENEWAL.summary({ payload: { reason: "x" } })).toThrow();
    expect(KINDS.TRANSFER_OUT.facts({ payload: { reason: "回老家", fromUnitName: "甲公司" } })).toEqual([
      { label: "调出单位", value: "甲公司", strong: true },
      { label: "申请原因", value: "回老家" },
    ]);
  });
});

describe("lastRejection", () => {
  it("is the latest move to 审核不通过, or nothing", () => {
    const events = [
      { toStatus: "PENDING_REVIEW", opinion: null },
      { toStatus: "REJECTED", opinion: "first" },
      { toStatus: "PENDING_REVIEW", opinion: null },
      { toStatus: "REJECTED", opinion: "second" },
      { toStatus: "PENDING_REVIEW", opinion: null },
    ];
    expect(lastRejection(events)?.opinion).toBe("second");
    expect(lastRejection(events.slice(0, 1))).toBeUndefined();
  });
});

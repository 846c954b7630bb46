import { describe, expect, it } from "vitest";
import { correctableKinds, enterpriseTodo, holderTodo, UNIT_REJECTED_HREF } from "@/lib/domain/home-todo";
import { bindingNotice } from "@/lib/domain/person-binding";

describe("待办 items", () => {
  it("the kinds to correct after 审核不通过 come from the registry, and each unit kind has its page", () => {
    expect(correctableKinds("ENTERPRISE")).toEqual([
      "NAME_CHANGE",
      "QUALIFICATION_CHANGE",
      "UNIT_INFO_CHANGE",
      "RENEWAL",
    ]);
    expect(correctableKinds("PERSON")).toEqual(["TRANSFER_OUT", "TRANSFER_IN", "CERTIFICATE_CANCELLATION"]);
    for (const kind of correctableKinds("ENTERPRISE")) expect(UNIT_REJECTED_HREF[kind]).toMatch(/^\/enterprise\//);
  });

  it("the unit's list: every item of the issue, one line per kind with rejections, links to its tab", () => {
    const items = enterpriseTodo(
      { renewal: 2, unitInfo: 0, transfers: 1, rejected: { RENEWAL: 1, NAME_CHANGE: 2 }, bindings: 3 },
      (kind) => kind,
    );
    expect(items.map((i) => [i.label, i.count, i.href])).toEqual([
      ["个人账号绑定确认", 3, "/enterprise/bindings"],
      ["证书在延续申请期内", 2, "/enterprise/applications/renewal"],
      ["持证人员待办理单位信息变更", 0, "/enterprise/applications/change/unit-info"],
      ["人员调出调入待本单位审核", 1, "/enterprise/applications/change"],
      ["审核不通过待修改：RENEWAL", 1, "/enterprise/applications/renewal?tab=rejected"],
      ["审核不通过待修改：NAME_CHANGE", 2, "/enterprise/info"],
    ]);
    const none = enterpriseTodo({ renewal: 0, unitInfo: 0, transfers: 0, rejected: {}, bindings: 0 }, String);
    expect(none.find((i) => i.key === "rejected")?.count).toBe(0);
  });

  it("the holder's list sums the rejections", () => {
    const items = holderTodo({ renewal: 1, unitInfo: 1, transfers: 0, rejected: { TRANSFER_OUT: 1, TRANSFER_IN: 2 } });
    expect(items.map((i) => i.count)).toEqual([1, 1, 0, 3]);
  });

  it("an unbound account is told why it sees no certificate", () => {
    expect(bindingNotice({ status: "PENDING", decider: "UNIT" }).text).toContain("等待证书所在单位确认");
    expect(bindingNotice({ status: "PENDING", decider: "REVIEWER" }).text).toContain("等待审核部门确认");
    expect(bindingNotice({ status: "UNDONE", decider: "UNIT" }).title).toBe("账号绑定已解除");
    expect(bindingNotice(null).title).toBe("暂无证书");
  });
});

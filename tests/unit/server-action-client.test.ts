import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { cookieHeader, decodeActionResult, encodeActionBody, indexManifest } from "../../bench/support/server-action";

// The React Flight client Next ships for Turbopack builds (its edge build needs no bundler runtime).
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-turbopack/client.edge") as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

async function entries(form: FormData) {
  const out: [string, string][] = [];
  for (const [name, value] of form.entries()) {
    out.push([name, typeof value === "string" ? value : `${value.name}|${value.type}|${await value.text()}`]);
  }
  return out;
}

describe("encodeActionBody", () => {
  it("writes what React's encodeReply writes for action(prevState, formData)", async () => {
    const form = new FormData();
    form.append("certificateId", "0b7c2c8e-0000-4000-8000-000000000001");
    form.append("items", "a:1");
    form.append("items", "$b:2");
    form.append("formFile", new Blob(["%PDF-1.4"], { type: "application/pdf" }), "申请表.pdf");
    const prevState = { message: "$1 refers to nothing", values: { note: "x" } };

    const react = await encodeReply([prevState, form]);
    const ours = encodeActionBody(
      { certificateId: "0b7c2c8e-0000-4000-8000-000000000001", items: ["a:1", "$b:2"] },
      { formFile: { name: "申请表.pdf", type: "application/pdf", bytes: "%PDF-1.4" } },
      prevState,
    );
    expect(typeof react).not.toBe("string");
    expect(await entries(ours)).toEqual(await entries(react as FormData));
  });

  it("starts from the forms' initial state {}", async () => {
    const form = new FormData();
    form.append("q", "张");
    expect(await entries(encodeActionBody({ q: "张" }))).toEqual(
      await entries((await encodeReply([{}, form])) as FormData),
    );
  });
});

describe("decodeActionResult", () => {
  it("reads the returned state from the Flight rows (captured from the login action)", () => {
    const body =
      '0:{"a":"$@1","q":"","i":false,"b":"_vd9RE3riDEA146HOBkPF"}\n' +
      '1:{"message":"账号或密码错误","errors":"$undefined","values":{"portal":"staff","account":"$$x"}}\n';
    expect(decodeActionResult(body)).toEqual({
      message: "账号或密码错误",
      errors: undefined,
      values: { portal: "staff", account: "$x" },
    });
  });

  it("gives undefined for a page's RSC payload (a redirect's answer)", () => {
    expect(decodeActionResult('1:"$Sreact.fragment"\n8:I[97367,["$7"],"OutletBoundary"]\n')).toBeUndefined();
  });
});

describe("indexManifest", () => {
  it("finds an action by file and export name in Next 16's manifest", () => {
    const manifest = {
      node: {
        "7fab": {
          workers: { "app/staff/review/[kind]/page": { moduleId: 1, async: true } },
          filename: "app/staff/review/actions.ts",
          exportedName: "batchDecideAction",
        },
      },
      edge: {},
      encryptionKey: "k",
    };
    expect(indexManifest(manifest).get("app/staff/review/actions.ts#batchDecideAction")).toBe("7fab");
  });
});

describe("cookieHeader", () => {
  it("joins live cookies and leaves deleted ones out", () => {
    expect(cookieHeader({ aq_session: "t", aq_challenge: "" })).toBe("aq_session=t");
  });
});

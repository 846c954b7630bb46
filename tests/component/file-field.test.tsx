import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { FileField } from "@/components/form/file-field";
import { MAX_UPLOAD_BYTES } from "@/lib/domain/upload-rules";

const pdf = (name: string, bytes: number) => new File([new Uint8Array(bytes)], name, { type: "application/pdf" });

function renderField(props: Partial<React.ComponentProps<typeof FileField>> = {}) {
  render(
    <form aria-label="表单">
      <FileField name="licenseFile" label="营业执照" required {...props} />
    </form>,
  );
  return screen.getByLabelText(/营业执照/) as HTMLInputElement;
}

describe("FileField", () => {
  it("keeps a real file input named by the field's label, with the Chinese control beside it", () => {
    const input = renderField();
    expect(input).toHaveAttribute("type", "file");
    expect(input).toHaveAttribute("name", "licenseFile");
    expect(input).toHaveAccessibleName("营业执照");
    expect(input).toHaveAccessibleDescription("支持 PDF、JPG、PNG 格式，不超过 10 MB");
    expect(screen.getByText("选择文件").closest("label")).toHaveAttribute("for", input.id);
    expect(screen.getByText("未选择文件")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /移除/ })).not.toBeInTheDocument();
  });

  it("shows the chosen file's name and size, and 【移除】 clears the choice", async () => {
    const user = userEvent.setup();
    const input = renderField();
    await user.upload(input, pdf("营业执照-变更.pdf", 250 * 1024));
    expect(screen.getByText("营业执照-变更.pdf")).toBeInTheDocument();
    expect(screen.getByText("（250 KB）")).toBeInTheDocument();
    expect(input.files).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "移除已选择的营业执照" }));
    expect(screen.queryByText("营业执照-变更.pdf")).not.toBeInTheDocument();
    expect(screen.getByText("未选择文件")).toBeInTheDocument();
    expect(input.value).toBe("");
    expect(input).toHaveFocus();
  });

  it("refuses a file over 10 MB with the Chinese message beside the field, and sends nothing", async () => {
    const user = userEvent.setup();
    const input = renderField();
    await user.upload(input, pdf("扫描件.pdf", MAX_UPLOAD_BYTES + 1));
    const error = screen.getByRole("alert");
    expect(error).toHaveTextContent("文件不能超过 10 MB");
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAttribute("aria-describedby", error.id);
    expect(input).toHaveAccessibleDescription("文件不能超过 10 MB");
    expect(input.value).toBe("");
    expect(screen.queryByText("扫描件.pdf")).not.toBeInTheDocument();

    // A good file afterwards clears the message.
    await user.upload(input, pdf("扫描件-压缩.pdf", 2 * 1024 * 1024));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByText("（2.0 MB）")).toBeInTheDocument();
  });

  it("shows the server's error beside the field, and the file on record", () => {
    const input = renderField({
      error: "文件内容不是 PDF、JPG 或 PNG，请重新选择",
      current: { id: "f1", name: "旧执照.pdf" },
    });
    expect(input).toHaveAccessibleDescription("文件内容不是 PDF、JPG 或 PNG，请重新选择");
    expect(screen.getByRole("link", { name: "旧执照.pdf" })).toHaveAttribute("href", "/files/f1");
    expect(screen.getByText(/不重新选择则保留/)).toBeInTheDocument();
  });

  it("with maxFiles: lists every chosen file and refuses too many", async () => {
    const user = userEvent.setup();
    render(<FileField name="supportingFiles" label="证明材料" maxFiles={2} />);
    const input = screen.getByLabelText("证明材料") as HTMLInputElement;
    expect(input).toHaveAttribute("multiple");

    await user.upload(input, [pdf("培训证明.pdf", 2048), pdf("学时证明.pdf", 4096)]);
    const list = screen.getByRole("list", { name: "已选择的证明材料" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["培训证明.pdf（2 KB）", "学时证明.pdf（4 KB）"]);

    await user.upload(input, [pdf("a.pdf", 10), pdf("b.pdf", 10), pdf("c.pdf", 10)]);
    expect(screen.getByRole("alert")).toHaveTextContent("证明材料最多2个");
    expect(screen.queryByRole("list", { name: "已选择的证明材料" })).not.toBeInTheDocument();
  });
});

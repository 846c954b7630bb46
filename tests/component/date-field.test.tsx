import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { DateField } from "@/components/form/date-field";

describe("DateField", () => {
  it("shows and sends the date as YYYY-MM-DD, typed or picked from the calendar", async () => {
    const user = userEvent.setup();
    const { container } = render(
      <form>
        <DateField name="qualificationExpiry" label="资质有效期至" defaultValue="2029-06-30" />
      </form>,
    );
    const input = screen.getByRole("textbox", { name: "资质有效期至" });
    expect(input).toHaveValue("2029-06-30");
    expect(input).toHaveAttribute("name", "qualificationExpiry");
    expect(input).toHaveAccessibleDescription("格式：YYYY-MM-DD");

    await user.clear(input);
    await user.type(input, "2030-01-15");
    expect(new FormData(container.querySelector("form")!).get("qualificationExpiry")).toBe("2030-01-15");

    // The calendar's date input is not part of the form and fills the text field.
    const picker = container.querySelector<HTMLInputElement>('input[type="date"]')!;
    expect(picker).not.toHaveAttribute("name");
    fireEvent.change(picker, { target: { value: "2031-12-01" } });
    expect(input).toHaveValue("2031-12-01");
    expect([...new FormData(container.querySelector("form")!).keys()]).toEqual(["qualificationExpiry"]);
    expect(screen.getByRole("button", { name: "打开日历" })).toBeEnabled();
  });

  it("read-only: the calendar is disabled too", () => {
    render(<DateField name="d" label="资质有效期至" defaultValue="2029-06-30" readOnly />);
    expect(screen.getByRole("textbox", { name: "资质有效期至" })).toHaveAttribute("readonly");
    expect(screen.getByRole("button", { name: "打开日历" })).toBeDisabled();
  });
});

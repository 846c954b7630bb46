"use client";

import { FormMessage, SubmitButton, TextAreaField, TextField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { holidayYearSchema, timeLimitsSchema } from "@/lib/schemas/holidays.schema";
import { enterHolidayYearAction, setTimeLimitsAction } from "./actions";

/** 录入节假日安排: the year, its 放假 ranges and its 调休上班 days, as the State Council's notice lists them. */
export function HolidayYearForm({ nextYear }: { nextYear: number }) {
  const { state, pending, field, formProps } = useActionForm(enterHolidayYearAction, holidayYearSchema);
  const done = state.data
    ? `已录入${state.data.year}年节假日安排${state.data.known ? `，${state.data.known} 件申请的办理时限已可计算` : ""}`
    : "";
  return (
    <form {...formProps} className="grid gap-4">
      <FormMessage ok={state.ok} message={state.ok ? done : state.message} />
      <TextField
        {...field("year")}
        defaultValue={field("year").defaultValue ?? String(nextYear)}
        label="年份"
        required
        inputMode="numeric"
        className="sm:max-w-40"
      />
      <TextAreaField
        {...field("holidays")}
        label="放假安排"
        required
        rows={8}
        hint="每行一段：起始日期 至 结束日期 名称（一天可只写一个日期），如 2027-01-01 至 2027-01-03 元旦"
      />
      <TextAreaField
        {...field("workdays")}
        label="调休上班日"
        rows={4}
        hint="每行一天：日期 名称，须为周六或周日，如 2027-02-20 春节"
      />
      <div>
        <SubmitButton pending={pending}>录入</SubmitButton>
      </div>
    </form>
  );
}

export interface LimitRow {
  key: string;
  label: string;
  days: number;
}

/** 办理时限: working days per kind and stage. */
export function TimeLimitsForm({ rows }: { rows: LimitRow[] }) {
  const { state, pending, error, formProps } = useActionForm(setTimeLimitsAction, timeLimitsSchema);
  const done = state.data ? `已保存（${state.data.changed} 项有变化）` : "";
  return (
    <form {...formProps} className="grid gap-4">
      <FormMessage ok={state.ok} message={state.ok ? done : state.message} />
      <div className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
        {rows.map((row) => (
          <TextField
            key={row.key}
            name={row.key}
            label={`${row.label}（工作日）`}
            defaultValue={String(state.values?.[row.key] ?? row.days)}
            inputMode="numeric"
            required
            error={error(row.key)}
          />
        ))}
      </div>
      <div>
        <SubmitButton pending={pending}>保存办理时限</SubmitButton>
      </div>
    </form>
  );
}

"use client";

import { useRef } from "react";
import { CalendarDays } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { isValidCalendarDate } from "@/lib/domain/calendar-date";
import { Framed, type FieldProps } from "./field-frame";

/**
 * A date typed as YYYY-MM-DD, or picked with 【打开日历】. A native `type="date"` input would show the
 * date in the browser's locale (e.g. 06/30/2029); this text input shows and sends YYYY-MM-DD
 * everywhere, and the browser's own calendar (an unnamed date input behind the button) fills it in.
 */
export function DateField({
  name,
  label,
  error,
  hint = "格式：YYYY-MM-DD",
  required,
  className,
  defaultValue,
  readOnly,
}: FieldProps & { defaultValue?: string; readOnly?: boolean }) {
  const text = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);

  function openCalendar() {
    const el = picker.current;
    if (!el || !text.current) return;
    const typed = text.current.value.trim();
    el.value = isValidCalendarDate(typed) ? typed : "";
    try {
      el.showPicker();
    } catch {
      el.focus(); // browsers without showPicker(): the date input's own keyboard entry
    }
  }

  return (
    <Framed name={name} label={label} error={error} hint={hint} required={required} className={className}>
      {(control) => (
        <div className="flex gap-2">
          <input
            ref={text}
            {...control}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder="YYYY-MM-DD"
            maxLength={10}
            defaultValue={defaultValue}
            readOnly={readOnly}
          />
          <span className="relative shrink-0">
            <button
              type="button"
              onClick={openCalendar}
              disabled={readOnly}
              aria-label="打开日历"
              title="打开日历"
              className={buttonClass("secondary", "px-3")}
            >
              <CalendarDays className="size-4" aria-hidden />
            </button>
            <input
              ref={picker}
              type="date"
              tabIndex={-1}
              aria-hidden
              className="pointer-events-none absolute inset-0 size-full opacity-0"
              onChange={(e) => {
                if (text.current && e.currentTarget.value) text.current.value = e.currentTarget.value;
              }}
            />
          </span>
        </div>
      )}
    </Framed>
  );
}

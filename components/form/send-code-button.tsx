"use client";

import { useEffect, useState, useTransition } from "react";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { buttonClass } from "@/components/ui/button";

const RESEND_SECONDS = 60;

/**
 * 【发送验证码】: sends the values of the named fields of the surrounding form to `action`, then
 * counts down before it may be pressed again. Reports the outcome through onResult.
 */
export function SendCodeButton<T>({
  action,
  fields,
  onResult,
}: {
  action: (prev: FormState<T>, formData: FormData) => Promise<FormState<T>>;
  fields: string[];
  onResult: (state: FormState<T>) => void;
}) {
  const [pending, startTransition] = useTransition();
  const [left, setLeft] = useState(0);

  useEffect(() => {
    if (left <= 0) return;
    const t = setTimeout(() => setLeft((n) => n - 1), 1000);
    return () => clearTimeout(t);
  }, [left]);

  return (
    <button
      type="button"
      className={buttonClass("secondary", "shrink-0 whitespace-nowrap")}
      disabled={pending || left > 0}
      onClick={(e) => {
        const form = e.currentTarget.form;
        if (!form) return;
        const data = new FormData();
        for (const name of fields) data.set(name, String(new FormData(form).get(name) ?? ""));
        startTransition(async () => {
          const state = await action(INITIAL_FORM_STATE as FormState<T>, data);
          onResult(state);
          if (state.ok) setLeft(RESEND_SECONDS);
        });
      }}
    >
      {pending ? "发送中…" : left > 0 ? `${left}秒后重新发送` : "发送验证码"}
    </button>
  );
}

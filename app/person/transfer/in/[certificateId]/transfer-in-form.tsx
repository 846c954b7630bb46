"use client";

import { startTransition, useActionState, useState } from "react";
import { Building2, Search } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { HolderApplicationForm, TransferReasonField } from "@/components/application/holder-application-form";
import { TextField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { transferInSchema } from "@/lib/schemas/person.schema";
import { findUnitAction, submitTransferInAction } from "./actions";

type Found = { query: string; name: string; creditCode: string };

/** 【调入申请】: 调入单位 (with 【查找】 to see which unit it is), 申请原因, 【提交】. */
export function TransferInForm({ certificateId }: { certificateId: string }) {
  const form = useActionForm(submitTransferInAction, transferInSchema);
  const { state, error } = form;
  const [lookup, runLookup, looking] = useActionState(findUnitAction, INITIAL_FORM_STATE as FormState<Found>);
  const [unit, setUnit] = useState(state.values?.unit ?? "");
  // A lookup speaks only for the text it was made with.
  const lookupCurrent = lookup.values?.unit?.trim() === unit.trim() || lookup.data?.query === unit.trim();
  const found = lookupCurrent && lookup.ok ? lookup.data : undefined;
  const lookupError = lookupCurrent && !lookup.ok ? (lookup.errors?.unit?.[0] ?? lookup.message) : undefined;

  return (
    <HolderApplicationForm certificateId={certificateId} form={form}>
      <TextField
        name="unit"
        label="调入单位"
        placeholder="单位全称或统一社会信用代码"
        autoComplete="off"
        value={unit}
        onChange={(e) => setUnit(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Enter in this field looks the unit up rather than submitting the whole form.
          if (e.key === "Enter" && !e.nativeEvent.isComposing) {
            e.preventDefault();
            find();
          }
        }}
        error={lookupError ?? (found ? undefined : error("unit"))}
        hint="请输入单位全称或统一社会信用代码，点击【查找】确认单位"
        required
        addon={
          <button
            type="button"
            className={buttonClass("secondary", "shrink-0 whitespace-nowrap")}
            disabled={looking}
            onClick={find}
          >
            <Search className="size-4" aria-hidden />
            {looking ? "查找中…" : "查找"}
          </button>
        }
      />
      {found && (
        <div
          role="status"
          className="flex gap-2 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800"
        >
          <Building2 className="mt-0.5 size-4 shrink-0" aria-hidden />
          <div className="min-w-0">
            <p className="font-medium break-words">{found.name}</p>
            <p className="font-mono text-xs">统一社会信用代码：{found.creditCode}</p>
          </div>
        </div>
      )}
      <TransferReasonField
        placeholder="如：已与该单位签订劳动合同"
        defaultValue={state.values?.reason}
        error={error("reason")}
      />
    </HolderApplicationForm>
  );

  function find() {
    const data = new FormData();
    data.set("unit", unit);
    startTransition(() => runLookup(data));
  }
}

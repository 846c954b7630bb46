"use client";

import { useId, useRef, useState } from "react";
import { FileText, Upload, X } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { UPLOAD_ACCEPT, UPLOAD_HINT, uploadSelectionError } from "@/lib/domain/upload-rules";
import { formatFileSize } from "@/lib/format";
import { controlAria, FieldFrame, type FieldProps } from "./field-frame";

type StoredFileRef = { id: string; name: string };
type Chosen = { name: string; size: number };

/**
 * A PDF/JPG/PNG upload with a Chinese control: 【选择文件】, the chosen file's name and size, 【移除】.
 * The real <input type="file"> stays in the form (visually hidden, named by the field's label), so
 * the browser submits it and keyboards and screen readers reach it. Sizes (and the number of files)
 * are checked as soon as files are chosen; the content is checked on the server.
 *
 * `current`: the file(s) on record — one is kept unless a new one is chosen; with `maxFiles` (several
 * files allowed) the new ones are added to them.
 */
export function FileField({
  name,
  label,
  error,
  hint = UPLOAD_HINT,
  required,
  className,
  current,
  maxFiles,
  accept = UPLOAD_ACCEPT,
}: FieldProps & { current?: StoredFileRef | StoredFileRef[]; maxFiles?: number; accept?: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const [localError, setLocalError] = useState<string | null>(null);
  const shown = localError ?? error;
  const multiple = maxFiles !== undefined;
  const onRecord = current === undefined ? [] : Array.isArray(current) ? current : [current];

  function choose(el: HTMLInputElement) {
    const files = Array.from(el.files ?? []);
    const problem = uploadSelectionError(files, { label, maxFiles });
    if (problem) el.value = "";
    setLocalError(problem);
    setChosen(problem ? [] : files.map((f) => ({ name: f.name, size: f.size })));
  }

  function remove() {
    if (input.current) {
      input.current.value = "";
      input.current.focus();
    }
    setChosen([]);
    setLocalError(null);
  }

  return (
    <FieldFrame id={id} label={label} error={shown} hint={hint} required={required} className={className}>
      {onRecord.length > 0 && <OnRecord files={onRecord} multiple={multiple} />}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <input
          ref={input}
          id={id}
          name={name}
          type="file"
          multiple={multiple || undefined}
          accept={accept}
          // Named by the field's label alone, not also by 【选择文件】 (a second <label> of this input).
          aria-labelledby={`${id}-label`}
          {...controlAria(id, shown, hint)}
          className="peer sr-only"
          onChange={(e) => choose(e.currentTarget)}
        />
        <label
          htmlFor={id}
          className={buttonClass(
            "secondary",
            "cursor-pointer peer-focus-visible:ring-2 peer-focus-visible:ring-brand-600 peer-focus-visible:ring-offset-1",
          )}
        >
          <Upload className="size-4" aria-hidden />
          选择文件
        </label>
        {chosen.length === 0 ? (
          <span className="text-sm text-slate-500">{multiple ? "未选择新文件" : "未选择文件"}</span>
        ) : (
          // The files and 【移除】 wrap together, so 【移除】 stays beside what it removes.
          <div className="flex min-w-0 items-center gap-2">
            <ul
              className="min-w-0 space-y-0.5 text-sm break-all"
              aria-label={multiple ? `已选择的${label}` : undefined}
            >
              {chosen.map((f, i) => (
                <li key={i} className="flex items-start gap-1">
                  <FileText className="mt-0.5 size-4 shrink-0 text-slate-500" aria-hidden />
                  <span>
                    {f.name}
                    <span className="ml-1 text-xs text-slate-500">（{formatFileSize(f.size)}）</span>
                  </span>
                </li>
              ))}
            </ul>
            <button type="button" onClick={remove} className={buttonClass("ghost", "min-h-8 shrink-0 px-2 py-1")}>
              <X className="size-4" aria-hidden />
              移除<span className="sr-only">已选择的{label}</span>
            </button>
          </div>
        )}
      </div>
    </FieldFrame>
  );
}

function OnRecord({ files, multiple }: { files: StoredFileRef[]; multiple: boolean }) {
  const link = (f: StoredFileRef) => (
    <a className="text-brand-700 underline" href={`/files/${f.id}`} target="_blank" rel="noreferrer">
      {f.name}
    </a>
  );
  if (!multiple) return <p className="text-xs text-slate-600">已上传：{link(files[0])}（不重新选择则保留）</p>;
  return (
    <div className="text-xs text-slate-600">
      已上传：
      <ul className="mt-0.5 space-y-0.5">
        {files.map((f) => (
          <li key={f.id}>{link(f)}</li>
        ))}
      </ul>
      <p className="mt-0.5">（已上传的均保留，新选择的文件将追加）</p>
    </div>
  );
}

import { Framed, splitField, type FieldProps } from "./field-frame";

// No "use client": a server page (统计's filter) renders it without sending its code to the browser.
export function SelectField({
  options,
  placeholder = "请选择",
  ...props
}: FieldProps &
  Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "name"> & { options: readonly string[]; placeholder?: string }) {
  const [field, select] = splitField(props);
  return (
    <Framed {...field}>
      {(control) => (
        <select {...control} {...select}>
          <option value="">{placeholder}</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      )}
    </Framed>
  );
}

import { cn } from "@/components/ui/cn";

/** A row's tick for a BatchForm: the application at the version shown (`items` = "id:version"). */
export function BatchItemCheckbox({
  row,
  holder,
  className,
}: {
  row: { id: string; version: number };
  /** who the row is about, for the label 勾选 … */
  holder: string;
  className?: string;
}) {
  return (
    <input
      type="checkbox"
      name="items"
      value={`${row.id}:${row.version}`}
      className={cn("mt-0.5 size-4 shrink-0", className)}
      aria-label={`勾选 ${holder}`}
    />
  );
}

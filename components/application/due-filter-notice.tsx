import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { DUE_FILTER_LABEL, NEAR_LIMIT_DAYS, type DueFilter } from "@/lib/domain/deadlines";

/** Above a queue narrowed from the 待办 page: what it shows, and the way back to the whole queue. */
export function DueFilterNotice({ due, clearHref }: { due: DueFilter | undefined; clearHref: string }) {
  if (!due) return null;
  return (
    <Alert>
      仅显示{DUE_FILTER_LABEL[due]}的申请
      {due === "near" ? `（剩余不超过 ${NEAR_LIMIT_DAYS} 个工作日）` : ""}。
      <Link href={clearHref} className="ml-1 text-brand-700 underline">
        显示全部
      </Link>
    </Alert>
  );
}

import type { LucideIcon } from "lucide-react";
import { Card, CardBody } from "@/components/ui/card";

/** The card of the two public verification pages (证书查询, 证书查验): icon and title, then the content. */
export function VerifyPanel({ Icon, title, children }: { Icon: LucideIcon; title: string; children: React.ReactNode }) {
  return (
    <Card className="mx-auto max-w-xl">
      <CardBody className="space-y-4 py-6">
        <div className="flex items-center gap-2">
          <Icon className="size-6 shrink-0 text-brand-700" aria-hidden />
          <h1 className="text-lg font-semibold">{title}</h1>
        </div>
        {children}
      </CardBody>
    </Card>
  );
}

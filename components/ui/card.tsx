import { cn } from "./cn";

export function Card({ className, ...props }: React.HTMLAttributes<HTMLDivElement>) {
  return <div className={cn("rounded-lg border border-slate-200 bg-white shadow-sm", className)} {...props} />;
}

export function CardHeader({
  title,
  actions,
  children,
}: {
  title: React.ReactNode;
  actions?: React.ReactNode;
  children?: React.ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 px-4 py-3 sm:px-6">
      <div>
        <h2 className="text-base font-semibold">{title}</h2>
        {children}
      </div>
      {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
    </div>
  );
}

export function CardBody({ className, ...props }: React.HTMLAttributes<HTMLDivElement>) {
  return <div className={cn("px-4 py-4 sm:px-6", className)} {...props} />;
}

/** A card whose body is a list: `header` below the title, `children` the <li> rows. */
export function ListCard({
  title,
  header,
  label,
  className,
  children,
}: {
  title: React.ReactNode;
  header?: React.ReactNode;
  label?: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <Card>
      <CardHeader title={title}>{header}</CardHeader>
      <CardBody>
        <ul aria-label={label} className={cn("divide-y divide-slate-100", className)}>
          {children}
        </ul>
      </CardBody>
    </Card>
  );
}

import { CheckCircle2 } from "lucide-react";
import { ButtonLink } from "@/components/ui/button-link";
import { Card, CardBody } from "@/components/ui/card";

/** The page after a registration: what happens next, and the way to the portal's login. */
export function SuccessCard({
  title,
  login,
  children,
}: {
  title: string;
  login: { href: string; label: string };
  children: React.ReactNode;
}) {
  return (
    <Card className="mx-auto max-w-md text-center">
      <CardBody className="space-y-3 py-8">
        <CheckCircle2 className="mx-auto size-12 text-green-600" aria-hidden />
        <h1 className="text-lg font-semibold">{title}</h1>
        <p className="text-sm text-slate-600">{children}</p>
        <ButtonLink href={login.href}>{login.label}</ButtonLink>
      </CardBody>
    </Card>
  );
}

import { Card, CardBody } from "@/components/ui/card";
import { ForgotPasswordForm } from "./forgot-password-form";
import { resetPortal } from "@/lib/schemas/forgot-password.schema";

export const metadata = { title: "忘记密码" };

/** `?portal=person` for a certificate holder (身份证号); anything else is the enterprise flow. */
export default async function ForgotPasswordPage({ searchParams }: PageProps<"/forgot-password">) {
  const portal = resetPortal.catch("enterprise").parse((await searchParams).portal);
  return (
    <Card className="mx-auto max-w-md">
      <CardBody className="space-y-4 py-6">
        <h1 className="text-center text-lg font-semibold">忘记密码</h1>
        <ForgotPasswordForm key={portal} portal={portal} />
      </CardBody>
    </Card>
  );
}

import { Card, CardBody } from "@/components/ui/card";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata = { title: "忘记密码" };

export default function ForgotPasswordPage() {
  return (
    <Card className="mx-auto max-w-md">
      <CardBody className="space-y-4 py-6">
        <h1 className="text-center text-lg font-semibold">忘记密码</h1>
        <ForgotPasswordForm />
      </CardBody>
    </Card>
  );
}

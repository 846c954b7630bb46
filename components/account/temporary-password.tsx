import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** A temporary password, shown once after it is set; the holder must replace it at first login. */
export function TemporaryPassword({
  title,
  who,
  password,
  onDone,
}: {
  title: string;
  who: string;
  password: string;
  onDone: () => void;
}) {
  return (
    <div className="space-y-3">
      <Alert tone="success" title={title}>
        请将临时密码告知 {who}。该密码只显示这一次，对方登录后须立即设置新密码。
      </Alert>
      <p
        className="rounded-md bg-slate-100 px-3 py-3 text-center font-mono text-xl tracking-wider break-all"
        data-testid="temporary-password"
      >
        {password}
      </p>
      <div className="flex justify-end">
        <Button onClick={onDone}>完成</Button>
      </div>
    </div>
  );
}

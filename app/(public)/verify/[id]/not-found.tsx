import Link from "next/link";
import { Card, CardBody } from "@/components/ui/card";

/** An unknown (or malformed) certificate id in a QR link. */
export default function CertificateNotFound() {
  return (
    <Card className="mx-auto max-w-xl">
      <CardBody className="space-y-3 py-8 text-center">
        <h1 className="text-lg font-semibold">未查询到该证书</h1>
        <p className="text-sm text-slate-600">请确认扫描的是本系统生成的电子证书上的二维码，或按证书编号和姓名查询。</p>
        <Link href="/verify" className="inline-block text-sm text-brand-700 hover:underline">
          前往证书查询
        </Link>
      </CardBody>
    </Card>
  );
}

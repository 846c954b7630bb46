import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CertificateSubject } from "@/components/application/application-subject";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { Actor } from "@/lib/server/auth/actor";
import { NotFoundError } from "@/lib/server/errors";
import { getOwnCertificate } from "@/lib/server/persons/queries";

export type OwnCertificate = Awaited<ReturnType<typeof getOwnCertificate>>;

/** The holder's certificate an application page is about; another's or a missing one is a 404. */
export async function ownCertificateOrNotFound(actor: Actor, certificateId: string): Promise<OwnCertificate> {
  try {
    return await getOwnCertificate({ actor, certificateId });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/**
 * A holder's (个人端) application about one certificate: the certificate, then either why it cannot be
 * filed now (with where to go instead) or how it proceeds and the form. 调出, 调入 and 注销 use it.
 */
export function HolderApplicationPage({
  title,
  row,
  unitName,
  note,
  unavailable,
  instead,
  flow,
  children,
}: {
  title: string;
  row: OwnCertificate;
  /** the unit shown in the certificate summary (e.g. 无所在单位) */
  unitName?: string;
  /** a line under the certificate */
  note?: ReactNode;
  /** why it cannot be filed now, or null */
  unavailable: string | null;
  /** where to go instead when unavailable */
  instead?: { href: string; label: string; secondary?: boolean } | null;
  /** how the application proceeds */
  flow: ReactNode;
  /** the form */
  children: ReactNode;
}) {
  return (
    <>
      <Link href="/person/certificates" className="text-sm text-brand-700 hover:underline">
        ← 返回我的证书
      </Link>
      <Card>
        <CardHeader title={title} />
        <CardBody className="space-y-5">
          <CertificateSubject
            person={{ name: row.holderName }}
            certificate={{ ...row, unitName: unitName ?? row.unitName }}
            idNumber={row.idNumber}
          />
          {note}
          {unavailable ? (
            <>
              <Alert tone="info">{unavailable}</Alert>
              {instead && (
                <ButtonLink href={instead.href} variant={instead.secondary ? "secondary" : undefined}>
                  {instead.label}
                </ButtonLink>
              )}
            </>
          ) : (
            <>
              <Alert tone="info" title="办理流程">
                {flow}
              </Alert>
              {children}
            </>
          )}
        </CardBody>
      </Card>
    </>
  );
}

import { BackLink } from "@/components/ui/back-link";
import type { ReactNode } from "react";
import { CertificateSubject } from "@/components/application/application-subject";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { Permission } from "@/lib/domain/permissions";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { orNotFound } from "@/lib/server/page-data";
import { getOwnCertificate } from "@/lib/server/persons/queries";

export type OwnCertificate = Awaited<ReturnType<typeof getOwnCertificate>>;

/** The signed-in holder's certificate (the URL's certificateId) a page is about; another's or a missing one: 404. */
export async function holderCertificatePageData(
  props: { params: Promise<{ certificateId: string }> },
  permission: Permission,
): Promise<OwnCertificate> {
  const actor = await requirePageActor(permission);
  return orNotFound(getOwnCertificate({ actor, certificateId: (await props.params).certificateId }));
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
      <BackLink href="/person/certificates">返回我的证书</BackLink>
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

import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { CertificateApplicationDetails } from "@/components/application/certificate-application-details";
import { DecisionPanel } from "@/components/application/decision-panel";
import { TimelineCard } from "@/components/application/timeline";
import { ChangeComparison } from "@/components/enterprise/change-summary";
import { EnterpriseDetails } from "@/components/enterprise/enterprise-details";
import { toDateOnly } from "@/lib/domain/calendar-date";
import { availableActions, kindOfSlug, KINDS } from "@/lib/domain/application-kinds";
import { reviewPermission } from "@/lib/domain/permissions";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { NotFoundError } from "@/lib/server/errors";
import { getApplicationForStaff } from "@/lib/server/review/queries";
import { formatDateTime } from "@/lib/format";
import { decideAction } from "../../actions";

export const metadata = { title: "审核详情" };

export default async function ReviewDetailPage({ params }: PageProps<"/staff/review/[kind]/[id]">) {
  const { kind: slug, id } = await params;
  const kind = kindOfSlug(slug);
  if (!kind) notFound();
  const actor = await requirePageActor(reviewPermission(kind));
  const app = await getApplicationForStaff({ actor, applicationId: id, kind }).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const actions = availableActions(app.kind, app.status, actor.role);
  const canIssue = actions.includes("issue");
  const canDecide = canIssue || actions.includes("approve");
  const definition = KINDS[kind];

  return (
    <>
      {actor.role === "ASSESSOR" ? (
        <Link href="/staff/assessment" className="text-sm text-brand-700 hover:underline">
          ← 返回待考核
        </Link>
      ) : (
        <Link href={`/staff/review/${slug}`} className="text-sm text-brand-700 hover:underline">
          ← 返回{KINDS[kind].label}审核
        </Link>
      )}
      <Card>
        <CardHeader
          title={`${KINDS[kind].label}：${app.enterprise.name}`}
          actions={<StatusBadge status={app.status} />}
        >
          <p className="text-xs text-slate-500">
            统一社会信用代码 {app.enterprise.creditCode} · 提交时间 {formatDateTime(app.submittedAt)}
          </p>
        </CardHeader>
        <CardBody className="space-y-4">
          {kind === "ENTERPRISE_REGISTRATION" && <EnterpriseDetails enterprise={app.enterprise} />}
          {(kind === "NAME_CHANGE" || kind === "QUALIFICATION_CHANGE") && (
            <ChangeComparison kind={kind} payload={app.payload} />
          )}
          {app.person && app.certificate && (
            <CertificateApplicationDetails
              person={app.person}
              certificate={{ ...app.certificate, expiresOn: toDateOnly(app.certificate.expiresOn) }}
              facts={definition.facts(app)}
              files={definition.files(app)}
            >
              <li>
                <Link href={`/staff/certificates/${app.certificate.id}`} className="text-brand-700 hover:underline">
                  证书档案
                </Link>
              </li>
            </CertificateApplicationDetails>
          )}
          {canDecide && (
            <DecisionPanel
              action={decideAction}
              applicationId={app.id}
              version={app.version}
              hidden={{ kind: app.kind }}
              approveLabel={canIssue ? (definition.issueLabel ?? "核发证书") : "通过"}
              approveDecision={canIssue ? "issue" : "approve"}
            />
          )}
        </CardBody>
      </Card>
      <TimelineCard events={app.events} title="办理记录" />
    </>
  );
}

/** The holder and certificate (full ID for staff), the facts of the application, its files. */

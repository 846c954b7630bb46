import "server-only";
import { notFound } from "next/navigation";
import { pageDataOrNotFound } from "@/lib/server/page-data";
import type { UnitCertificateKind } from "@/lib/domain/unit-application-pages";
import type { Actor } from "@/lib/server/auth/actor";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getOwnApplication } from "@/lib/server/enterprises/own-applications";
import { DomainError } from "@/lib/server/errors";

// What the unit's new-application and detail pages load: for the signed-in unit only (requirePageActor
// is UX; the use cases scope their queries to the unit).

/** A new-application page's certificate (the URL's certificateId), loaded for the signed-in unit by `load`. */
export async function unitCertificatePageData<T>(
  props: { params: Promise<{ certificateId: string }> },
  load: (input: { actor: Actor; certificateId: string }) => Promise<T>,
): Promise<T | DomainError> {
  const actor = await requirePageActor("unit.certificate.apply");
  return pageDataOrNotFound(load({ actor, certificateId: (await props.params).certificateId }));
}

/** A detail page's application (the URL's id): the unit's own of this kind, with holder and certificate; else a 404. */
export async function unitApplicationPageData(props: { params: Promise<{ id: string }> }, kind: UnitCertificateKind) {
  const actor = await requirePageActor("unit.certificate.apply");
  const app = await pageDataOrNotFound(getOwnApplication({ actor, applicationId: (await props.params).id, kind }));
  if (app instanceof DomainError) throw app;
  const { person, certificate } = app;
  if (!person || !certificate) notFound();
  return { ...app, person, certificate };
}

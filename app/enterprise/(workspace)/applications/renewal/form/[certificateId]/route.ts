import { applicationFormRoute } from "@/lib/server/documents/pdf-download";
import { renderRenewalForm } from "@/lib/server/renewals/render-renewal-form";

export const GET = applicationFormRoute(renderRenewalForm);

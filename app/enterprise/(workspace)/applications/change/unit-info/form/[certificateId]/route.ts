import { applicationFormRoute } from "@/lib/server/documents/pdf-download";
import { renderUnitInfoChangeForm } from "@/lib/server/unit-info-changes/render-unit-info-change-form";

export const GET = applicationFormRoute(renderUnitInfoChangeForm);

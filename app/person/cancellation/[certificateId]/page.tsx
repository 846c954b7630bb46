import { CertificateCancellationForm } from "@/components/application/certificate-cancellation-form";
import { holderApplicationPage } from "@/components/application/holder-application-page";
import { submitCancellationAction } from "./actions";

export const metadata = { title: "注销申请" };

export default holderApplicationPage("CERTIFICATE_CANCELLATION", (row) => (
  <CertificateCancellationForm certificateId={row.id} action={submitCancellationAction} />
));

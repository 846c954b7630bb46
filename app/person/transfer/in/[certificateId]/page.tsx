import { holderApplicationPage } from "@/components/application/holder-application-page";
import { TransferInForm } from "./transfer-in-form";

export const metadata = { title: "调入申请" };

export default holderApplicationPage("TRANSFER_IN", (row) => <TransferInForm certificateId={row.id} />);

import { holderApplicationPage } from "@/components/application/holder-application-page";
import { TransferOutForm } from "./transfer-out-form";

export const metadata = { title: "调出申请" };

export default holderApplicationPage("TRANSFER_OUT", (row) => <TransferOutForm certificateId={row.id} />);

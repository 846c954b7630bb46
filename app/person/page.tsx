import { redirect } from "next/navigation";

export default function PersonHome() {
  redirect("/person/certificates");
}

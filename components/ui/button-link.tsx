import Link from "next/link";
import { buttonClass, type ButtonVariant } from "./button";

// Apart from Button: a client component that imports Button (the error page, every form) would
// otherwise bring next/link's code along with it.
export function ButtonLink({
  variant = "primary",
  className,
  ...props
}: React.ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link className={buttonClass(variant, className)} {...props} />;
}

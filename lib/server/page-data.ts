import "server-only";
import { notFound } from "next/navigation";
import { DomainError, NotFoundError } from "./errors";

/** A page's own data: "not yours / not found" is a 404; another refusal comes back to be shown. */
export async function pageDataOrNotFound<T>(load: Promise<T>): Promise<T | DomainError> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof DomainError) return error;
    throw error;
  }
}

/** A page's own data: "not yours / not found" is a 404; any other error is thrown. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  const data = await pageDataOrNotFound(load);
  if (data instanceof DomainError) throw data;
  return data;
}

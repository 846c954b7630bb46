import "server-only";
import { correctableKinds, type TodoCounts } from "@/lib/domain/home-todo";
import type { Actor } from "../auth/actor";
import { ForbiddenError } from "../errors";
import { countTodo } from "./todo-counts";

/** The holder's 待办 counts; null while the account is bound to no record (it sees nothing). */
export async function countHolderTodo({ actor }: { actor: Actor }): Promise<TodoCounts | null> {
  if (actor.role !== "PERSON") throw new ForbiddenError();
  if (!actor.personId) return null;
  return countTodo("personId", actor.personId, correctableKinds("PERSON"));
}

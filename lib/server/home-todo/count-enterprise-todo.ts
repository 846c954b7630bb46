import "server-only";
import { correctableKinds, type TodoCounts } from "@/lib/domain/home-todo";
import { enterpriseIdOf, type Actor } from "../auth/actor";
import { countPendingBindings } from "../person-bindings/queries";
import { countTodo } from "./todo-counts";

/** The unit's 待办 counts (its own certificates and applications, and the bindings it confirms). */
export async function countEnterpriseTodo({ actor }: { actor: Actor }): Promise<TodoCounts> {
  const [counts, bindings] = await Promise.all([
    countTodo("enterpriseId", enterpriseIdOf(actor), correctableKinds("ENTERPRISE")),
    countPendingBindings({ actor }),
  ]);
  return { ...counts, bindings };
}

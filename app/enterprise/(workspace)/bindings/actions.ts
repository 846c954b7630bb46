"use server";

import { bindingDecisionAction } from "@/lib/server/person-bindings/binding-actions";

/** 【确认绑定】/【拒绝】 by the unit of the holder's certificate. */
export const decideBindingAction = bindingDecisionAction("unit.binding.decide", "/enterprise/bindings");

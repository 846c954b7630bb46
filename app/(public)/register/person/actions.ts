"use server";

import { publicAction } from "@/lib/server/action";
import { registerPerson } from "@/lib/server/persons/register-person";
import { personRegistrationSchema } from "@/lib/schemas/person.schema";

export const registerPersonAction = publicAction(
  { schema: personRegistrationSchema, redirectTo: () => "/register/person/success" },
  async ({ input, meta }) => {
    const { confirmPassword: _confirm, ...fields } = input;
    await registerPerson({ ...fields, ip: meta.ip });
  },
);

// The parts of zod the schemas use, by name. `import { z } from "zod"` is one object holding the whole
// API and every locale (z.locales): the forms' bundle carried ~90 kB gzipped of it; named imports let
// the bundler keep only what is used (~27 kB).
export {
  array,
  coerce,
  discriminatedUnion,
  email,
  enum,
  NEVER,
  object,
  preprocess,
  record,
  string,
  union,
  unknown,
  uuid,
} from "zod";
export type { infer, output, ZodRawShape, ZodType } from "zod";

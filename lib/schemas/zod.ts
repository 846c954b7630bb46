import { z } from "zod";

// Chinese default messages for anything a schema does not word itself.
z.config(z.locales.zhCN());

export { z };

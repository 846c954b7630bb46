import { config } from "zod";
import { zhCN } from "zod/locales";
import * as z from "./zod-api";

// Chinese default messages for anything a schema does not word itself.
config(zhCN());

export { z };

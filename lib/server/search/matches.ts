import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// The arms of a free-text search, each served by its own index. A list searching several columns
// across joined tables UNIONs these: one WHERE with an OR over a join would scan the tables.

/** A LIKE pattern for "contains text": %, _ and \ typed by the user match themselves. */
export const containing = (text: string) => `%${text.replace(/[\\%_]/g, "\\$&")}%`;

/** Holders whose name contains q (trigram index) or whose 身份证号 is q (unique index). */
export const holdersMatching = (q: string) => Prisma.sql`
  SELECT id FROM "Person" WHERE name LIKE ${containing(q)}
  UNION SELECT id FROM "Person" WHERE "idNumber" = ${q.toUpperCase()}`;

/** Certificates whose number contains q, any case (trigram index; numbers are stored upper case). */
export const certificatesNumbered = (q: string) =>
  Prisma.sql`SELECT id FROM "Certificate" WHERE number LIKE ${containing(q.toUpperCase())}`;

/** Units whose name contains q in any case, or whose 统一社会信用代码 contains q (trigram indexes). */
export const unitsMatching = (q: string) => Prisma.sql`
  SELECT id FROM "Enterprise" WHERE name ILIKE ${containing(q)}
  UNION SELECT id FROM "Enterprise" WHERE "creditCode" LIKE ${containing(q.toUpperCase())}`;

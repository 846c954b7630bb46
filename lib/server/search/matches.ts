import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// The arms of a free-text search, each served by its own index. A list searching several columns
// across joined tables UNIONs these: one WHERE with an OR over a join would scan the tables.

/** A LIKE pattern for "contains text": %, _ and \ typed by the user match themselves. */
export const containing = (text: string) => `%${text.replace(/[\\%_]/g, "\\$&")}%`;

/**
 * The grams a name containing q must have, as the SQL function search_grams indexes them (migration
 * 20261205090000_name_grams): q itself if it is one character, else its pairs of neighbouring characters,
 * lower case. Unlike trigrams, these exist for the one- and two-character fragments names are searched by.
 */
export function searchGrams(q: string): string[] {
  const chars = Array.from(q.toLowerCase()); // by code point, as char_length and substr count
  if (chars.length < 2) return chars;
  return [...new Set(chars.slice(1).map((c, i) => chars[i] + c))];
}

/** `column` (a name, indexed by search_grams) contains q; `like` is LIKE or ILIKE (the recheck). */
const nameContaining = (column: Prisma.Sql, q: string, like: Prisma.Sql) =>
  Prisma.sql`search_grams(${column}) @> ${searchGrams(q)}::text[] AND ${column} ${like} ${containing(q)}`;

/** Holders whose name contains q (grams index) or whose 身份证号 is q (unique index). */
export const holdersMatching = (q: string) => Prisma.sql`
  SELECT id FROM "Person" WHERE ${nameContaining(Prisma.sql`name`, q, Prisma.sql`LIKE`)}
  UNION SELECT id FROM "Person" WHERE "idNumber" = ${q.toUpperCase()}`;

/** How much of a long code fragment the trigram index is asked about. */
const CODE_TAIL = 6;

/**
 * `column` contains q, for codes (证书编号, 统一社会信用代码; stored upper case), by their trigram index:
 * only for q of three characters or more. A shorter fragment has no trigram, so the index cannot narrow
 * it (the table would be scanned), and it would match nearly every code anyway ("交安", "91"). A longer
 * one is looked up by its last six characters (a code's serial: rare trigrams) and then checked whole:
 * a whole number's trigrams include some that every number has ("交安C"), whose lists the index would
 * read in full (127 ms → 2.7 ms for one number among 2 M).
 */
const codeContaining = (column: Prisma.Sql, q: string) => {
  const chars = Array.from(q.toUpperCase());
  if (chars.length < 3) return Prisma.sql`false`;
  if (chars.length <= CODE_TAIL) return Prisma.sql`${column} LIKE ${containing(chars.join(""))}`;
  const tail = containing(chars.slice(-CODE_TAIL).join(""));
  return Prisma.sql`${column} LIKE ${tail} AND strpos(${column}, ${chars.join("")}) > 0`;
};

/** Certificates whose number contains q (three characters or more), any case. */
export const certificatesNumbered = (q: string) =>
  Prisma.sql`SELECT id FROM "Certificate" WHERE ${codeContaining(Prisma.sql`number`, q)}`;

/** Units whose name contains q in any case (grams index), or whose 统一社会信用代码 contains q (three or more). */
export const unitsMatching = (q: string) => Prisma.sql`
  SELECT id FROM "Enterprise" WHERE ${nameContaining(Prisma.sql`name`, q, Prisma.sql`ILIKE`)}
  UNION SELECT id FROM "Enterprise" WHERE ${codeContaining(Prisma.sql`"creditCode"`, q)}`;

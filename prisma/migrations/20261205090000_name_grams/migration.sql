-- Name fragments of one or two characters (王伟, 路桥) have no trigram, so the trigram GIN index cannot
-- narrow LIKE '%王伟%': PostgreSQL reads the whole index and rechecks every row (1.6 s at 2 M holders).
-- search_grams(t) is the set of t's single characters and pairs of neighbouring characters, lower case:
-- a text containing q contains every one of q's grams, so an expression GIN index over it finds the
-- candidates for any q by key (the LIKE then rechecks them). The app computes q's grams itself
-- (lib/server/search/matches.ts) and must agree with this function.
CREATE FUNCTION search_grams(t text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT coalesce(array_agg(DISTINCT substr(lower(t), i, n)), '{}')
      FROM generate_series(1, char_length(t)) AS i CROSS JOIN (VALUES (1), (2)) AS v(n)
     WHERE i + n - 1 <= char_length(t)
  $$;

CREATE INDEX "Person_name_grams_idx" ON "Person" USING GIN (search_grams("name"));
CREATE INDEX "Enterprise_name_grams_idx" ON "Enterprise" USING GIN (search_grams("name"));

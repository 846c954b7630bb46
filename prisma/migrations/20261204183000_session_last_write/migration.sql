-- Read-your-writes with a read replica (lib/server/read-db.ts): a session that wrote within 10 s reads the primary.
ALTER TABLE "Session" ADD COLUMN "lastWriteAt" TIMESTAMP(3);

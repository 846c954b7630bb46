-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "secret" TEXT;

-- CreateEnum
CREATE TYPE "HolidayKind" AS ENUM ('HOLIDAY', 'WORKDAY');

-- AlterTable
ALTER TABLE "Department" ADD COLUMN     "email" TEXT;

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "dueOn" DATE;

-- CreateTable
CREATE TABLE "Holiday" (
    "date" DATE NOT NULL,
    "kind" "HolidayKind" NOT NULL,
    "name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "HolidayYear" (
    "year" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "loadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HolidayYear_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "StageTimeLimit" (
    "kind" "ApplicationKind" NOT NULL,
    "status" "ApplicationStatus" NOT NULL,
    "days" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StageTimeLimit_pkey" PRIMARY KEY ("kind","status")
);

-- CreateTable
CREATE TABLE "DeadlineDigest" (
    "departmentId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeadlineDigest_pkey" PRIMARY KEY ("departmentId","day")
);

-- CreateIndex
CREATE INDEX "Holiday_year_idx" ON "Holiday"("year");

-- CreateIndex
CREATE INDEX "Application_kind_status_dueOn_idx" ON "Application"("kind", "status", "dueOn");


-- A limit is a number of working days people can act within.
ALTER TABLE "StageTimeLimit" ADD CONSTRAINT "StageTimeLimit_days_range" CHECK ("days" BETWEEN 1 AND 250);

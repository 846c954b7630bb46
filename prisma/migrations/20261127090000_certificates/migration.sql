-- CreateEnum
CREATE TYPE "CertificateCategory" AS ENUM ('A', 'B', 'C');

-- CreateEnum
CREATE TYPE "Specialty" AS ENUM ('HIGHWAY', 'WATERWAY');

-- CreateEnum
CREATE TYPE "CertificateRecordStatus" AS ENUM ('ACTIVE', 'LAPSED', 'REVOKED');

-- CreateEnum
CREATE TYPE "CertificateEventKind" AS ENUM ('ISSUED', 'REISSUED', 'MOVED_OUT', 'MOVED_IN', 'RENEWED', 'LAPSED');

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "certificateId" UUID,
ADD COLUMN     "personId" UUID;

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "idNumber" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "category" "CertificateCategory" NOT NULL,
    "specialty" "Specialty" NOT NULL,
    "personId" UUID NOT NULL,
    "enterpriseId" UUID,
    "unitName" TEXT,
    "issuingAuthority" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "expiresOn" DATE NOT NULL,
    "status" "CertificateRecordStatus" NOT NULL DEFAULT 'ACTIVE',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificateEvent" (
    "id" UUID NOT NULL,
    "certificateId" UUID NOT NULL,
    "kind" "CertificateEventKind" NOT NULL,
    "applicationId" UUID,
    "changes" JSONB,
    "actorId" UUID,
    "actorRole" "Role",
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CertificateEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "applicationId" UUID,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Person_idNumber_key" ON "Person"("idNumber");

-- CreateIndex
CREATE INDEX "Person_name_idx" ON "Person"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_number_key" ON "Certificate"("number");

-- CreateIndex
CREATE INDEX "Certificate_enterpriseId_idx" ON "Certificate"("enterpriseId");

-- CreateIndex
CREATE INDEX "Certificate_personId_idx" ON "Certificate"("personId");

-- CreateIndex
CREATE INDEX "CertificateEvent_certificateId_at_idx" ON "CertificateEvent"("certificateId", "at");

-- CreateIndex
CREATE INDEX "Notification_accountId_readAt_idx" ON "Notification"("accountId", "readAt");

-- CreateIndex
CREATE INDEX "Application_certificateId_idx" ON "Application"("certificateId");

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "Certificate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificateEvent" ADD CONSTRAINT "CertificateEvent_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "Certificate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificateEvent" ADD CONSTRAINT "CertificateEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificateEvent" ADD CONSTRAINT "CertificateEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- One open application of a kind per enterprise (企业注册, 单位名称变更, 资质变更) and per certificate
-- (单位信息变更, 调动, 延续). Prisma's schema language has no partial indexes, so they live only here;
-- the database, not a read-then-write check, is what stops two open applications racing in.
CREATE UNIQUE INDEX "Application_one_open_per_enterprise"
  ON "Application" ("enterpriseId", "kind")
  WHERE "status" IN ('PENDING_UNIT', 'PENDING_REVIEW', 'PENDING_ASSESSMENT')
    AND "kind" IN ('ENTERPRISE_REGISTRATION', 'NAME_CHANGE', 'QUALIFICATION_CHANGE');

CREATE UNIQUE INDEX "Application_one_open_per_certificate"
  ON "Application" ("certificateId", "kind")
  WHERE "status" IN ('PENDING_UNIT', 'PENDING_REVIEW', 'PENDING_ASSESSMENT')
    AND "certificateId" IS NOT NULL;

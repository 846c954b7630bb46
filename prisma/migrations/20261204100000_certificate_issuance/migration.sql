-- CreateEnum
CREATE TYPE "CertificateImportStatus" AS ENUM ('PREVIEW', 'CONFIRMED');

-- CreateTable
CREATE TABLE "CertificateSerial" (
    "province" TEXT NOT NULL,
    "category" "CertificateCategory" NOT NULL,
    "year" INTEGER NOT NULL,
    "specialty" "Specialty" NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "CertificateSerial_pkey" PRIMARY KEY ("province","category","year","specialty")
);

-- CreateTable
CREATE TABLE "CertificateImport" (
    "id" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "rows" JSONB NOT NULL,
    "status" "CertificateImportStatus" NOT NULL DEFAULT 'PREVIEW',
    "result" JSONB,
    "issuedCount" INTEGER,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),

    CONSTRAINT "CertificateImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CertificateImport_fileSha256_idx" ON "CertificateImport"("fileSha256");

-- AddForeignKey
ALTER TABLE "CertificateImport" ADD CONSTRAINT "CertificateImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A file is imported at most once: a second confirmation of the same bytes fails here, whoever previewed it.
CREATE UNIQUE INDEX "CertificateImport_confirmed_file_key" ON "CertificateImport"("fileSha256") WHERE "status" = 'CONFIRMED';

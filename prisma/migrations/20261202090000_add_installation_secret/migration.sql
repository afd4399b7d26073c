-- CreateTable
CREATE TABLE "installation_secret" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "installation_secret_pkey" PRIMARY KEY ("name")
);

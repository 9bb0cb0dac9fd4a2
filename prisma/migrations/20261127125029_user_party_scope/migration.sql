-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "party_organization_id" UUID;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_party_organization_id_fkey" FOREIGN KEY ("party_organization_id") REFERENCES "party_organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

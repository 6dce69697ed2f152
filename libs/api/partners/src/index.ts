import { CreatePartnerships1764170007000 } from './lib/migrations/1764170007000-CreatePartnerships';
import { Partnership } from './lib/partnership.entity';
import { PartnershipProduct } from './lib/partnership-product.entity';

export { Partnership } from './lib/partnership.entity';
export { PartnershipProduct } from './lib/partnership-product.entity';

export const partnerEntities = [Partnership, PartnershipProduct];
export const partnerMigrations = [CreatePartnerships1764170007000];
export const partnerResolvers = [] as const;

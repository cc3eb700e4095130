import type { Task } from '../schemas/vocabulary.ts';
import type { KnownSector } from './vocabulary-labels.ts';

/**
 * The tasks a default sector usually offers, so a form can suggest them and
 * GET /v1/vocabulary can list them under the sector. A task may belong to several
 * sectors; a placement may still pick any task. A tenant's own sectors name theirs.
 */
export const sectorTasks: Record<KnownSector, readonly Task[]> = {
  it_media: [
    'data_entry',
    'scanning_archiving',
    'computer_repair',
    'media_editing',
    'software_testing',
    'web_publishing',
    'helpdesk_support',
    'digital_archiving',
    'photo_video',
  ],
  second_hand: [
    'sorting',
    'price_labelling',
    'repair_reuse',
    'cashier',
    'customer_service',
    'shelving',
    'lending',
  ],
  logistics: ['warehouse_picking', 'packing', 'goods_reception', 'sorting', 'deliveries'],
  library_culture: [
    'book_handling',
    'shelving',
    'sorting',
    'customer_service',
    'scanning_archiving',
    'lending',
  ],
  retail: ['shelving', 'price_labelling', 'cashier', 'customer_service', 'goods_reception'],
  food_service: ['food_preparation', 'dishwashing', 'serving', 'cleaning', 'cashier'],
  cleaning_facility: ['cleaning', 'laundry', 'groundskeeping'],
  gardening_outdoor: ['gardening', 'groundskeeping'],
  office_admin: ['data_entry', 'mail_handling', 'scanning_archiving'],
};

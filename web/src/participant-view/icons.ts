import {
  Archive,
  ArrowLeftRight,
  Banknote,
  BookOpen,
  Briefcase,
  Bug,
  Building2,
  Camera,
  ChefHat,
  Droplets,
  Film,
  Globe,
  Hammer,
  HandPlatter,
  Headset,
  Keyboard,
  Layers,
  Library,
  type LucideIcon,
  Mail,
  MessageCircle,
  Monitor,
  Package,
  PackageCheck,
  Recycle,
  ScanLine,
  Shapes,
  Shovel,
  SprayCan,
  Sprout,
  Store,
  Tag,
  Truck,
  UtensilsCrossed,
  Warehouse,
  WashingMachine,
  Wrench,
} from 'lucide-react';
import type { KnownSector } from '#shared/domain/vocabulary-labels';
import type { Task } from '#shared/schemas/vocabulary';

// One picture per sector and task for the participant's own view, from Lucide
// (lucide-react, ISC licence: see README, "Third-party"). Each icon is imported by
// name, so the bundle holds only these. A sector a municipality added itself has no
// picture of its own and gets the default.

export const sectorIcons: Record<KnownSector, LucideIcon> = {
  it_media: Monitor,
  second_hand: Recycle,
  logistics: Warehouse,
  library_culture: Library,
  retail: Store,
  food_service: UtensilsCrossed,
  cleaning_facility: SprayCan,
  gardening_outdoor: Sprout,
  office_admin: Briefcase,
};

export const taskIcons: Record<Task, LucideIcon> = {
  sorting: Shapes,
  packing: Package,
  shelving: Layers,
  price_labelling: Tag,
  cashier: Banknote,
  customer_service: MessageCircle,
  cleaning: SprayCan,
  dishwashing: Droplets,
  food_preparation: ChefHat,
  serving: HandPlatter,
  warehouse_picking: Warehouse,
  goods_reception: PackageCheck,
  data_entry: Keyboard,
  scanning_archiving: ScanLine,
  computer_repair: Wrench,
  media_editing: Film,
  mail_handling: Mail,
  book_handling: BookOpen,
  gardening: Sprout,
  groundskeeping: Shovel,
  laundry: WashingMachine,
  repair_reuse: Hammer,
  deliveries: Truck,
  lending: ArrowLeftRight,
  software_testing: Bug,
  web_publishing: Globe,
  helpdesk_support: Headset,
  digital_archiving: Archive,
  photo_video: Camera,
};

/** For a sector the municipality added itself. */
export const defaultSectorIcon: LucideIcon = Building2;
/** For a task the vocabulary may gain before this map does. */
export const defaultTaskIcon: LucideIcon = Briefcase;

export const sectorIcon = (sector: string): LucideIcon =>
  Object.hasOwn(sectorIcons, sector) ? sectorIcons[sector as KnownSector] : defaultSectorIcon;

export const taskIcon = (task: string): LucideIcon =>
  Object.hasOwn(taskIcons, task) ? taskIcons[task as Task] : defaultTaskIcon;

import type { ProductCategory } from '@manager/domain';

/** Annex I.B of the standard contractual clauses, per product: what is processed, about whom, why. */
export interface ProductProcessing {
  purpose: string;
  dataCategories: string[];
  dataSubjects: string[];
}

/**
 * What each product processes on the customer's behalf. Written once here (the agreement's
 * text, not the operator's settings): a change is a new agreement version in the configuration.
 */
export const PROCESSING_BY_PRODUCT: Record<ProductCategory, ProductProcessing> = {
  WEB_HOSTING: {
    purpose: 'Hosting of the websites, applications and databases the customer publishes',
    dataCategories: ['Content of websites and databases', 'Visitor access logs (IP address, pages, user agent), kept 30 days', 'FTP/SSH account identifiers'],
    dataSubjects: ['Website visitors', 'Customers and contacts whose data the customer stores in its sites'],
  },
  MAIL_SERVICE: {
    purpose: 'Sending, receiving and storing email for the customer’s addresses',
    dataCategories: ['Email messages and attachments', 'Address books and calendars', 'Mail server logs (sender, recipient, time, IP address)'],
    dataSubjects: ['Holders of the mailboxes', 'Correspondents of the mailboxes'],
  },
  DOMAIN: {
    purpose: 'Registration and renewal of domain names, DNS service',
    dataCategories: ['Holder and contact data required by the registry (name, address, email, phone)', 'DNS zone records'],
    dataSubjects: ['Domain holders and their technical and administrative contacts'],
  },
  KDRIVE: {
    purpose: 'Storage, synchronisation and sharing of files',
    dataCategories: ['Stored files and their versions', 'Sharing links and their recipients', 'Access logs (IP address, device, time)'],
    dataSubjects: ['Users of the drive', 'People named in or receiving the stored files'],
  },
  KCHAT: {
    purpose: 'Team messaging',
    dataCategories: ['Messages, files and reactions', 'User profiles (name, email, avatar)', 'Connection logs'],
    dataSubjects: ['Members and guests of the workspace'],
  },
  SSL_CERTIFICATE: {
    purpose: 'Issuance and renewal of SSL/TLS certificates',
    dataCategories: ['Domain names and the applicant’s organization and contact data'],
    dataSubjects: ['The applicant’s contacts'],
  },
  VPS: {
    purpose: 'Provision of virtual private servers the customer administers',
    dataCategories: ['Any data the customer stores on the servers (the operator does not access it)', 'Network and console access logs'],
    dataSubjects: ['Any people whose data the customer processes on the servers'],
  },
};

/** Annex II: the technical and organisational measures, the same for every customer. */
export function securityMeasures(dataCentres: readonly string[]): string[] {
  return [
    `Data stored exclusively in data centres in Switzerland (${dataCentres.join(', ')}), never transferred outside Switzerland, including backups.`,
    'Isolation between customers: separate accounts, containers and databases per customer; no customer can reach another’s data.',
    'Encryption: TLS 1.2+ for all data in transit; data at rest encrypted on disks and in backups (AES-256).',
    'Access control: least privilege, personal accounts, two-factor authentication for staff, access logged and reviewed.',
    'Annual penetration tests by an independent firm, plus continuous vulnerability scanning and patching.',
    'Personal data breaches notified to the customer without undue delay, and at the latest within 48 hours of discovery.',
    'Daily backups kept 30 days in a second Swiss data centre; restore tested quarterly.',
    'Staff bound by confidentiality and trained in data protection every year.',
  ];
}

import { defineCatalog } from '@manager/api-core';
import type { Language, ProductCategory } from '@manager/domain';

/** Annex I.B of the standard contractual clauses, per product: what is processed, about whom, why. */
export interface ProductProcessing {
  /** The product's name as the agreement writes it. */
  name: string;
  purpose: string;
  dataCategories: string[];
  dataSubjects: string[];
}

/**
 * What each product processes on the customer's behalf, in each language. Written once here (the
 * agreement's text, not the operator's settings): a change is a new agreement version in the
 * configuration.
 */
const PROCESSING: Record<
  Language,
  Record<ProductCategory, ProductProcessing>
> = {
  en: {
    WEB_HOSTING: {
      name: 'Web hosting',
      purpose:
        'Hosting of the websites, applications and databases the customer publishes',
      dataCategories: [
        'Content of websites and databases',
        'Visitor access logs (IP address, pages, user agent), kept 30 days',
        'FTP/SSH account identifiers',
      ],
      dataSubjects: [
        'Website visitors',
        'Customers and contacts whose data the customer stores in its sites',
      ],
    },
    MAIL_SERVICE: {
      name: 'Mail service',
      purpose:
        'Sending, receiving and storing email for the customer’s addresses',
      dataCategories: [
        'Email messages and attachments',
        'Address books and calendars',
        'Mail server logs (sender, recipient, time, IP address)',
      ],
      dataSubjects: [
        'Holders of the mailboxes',
        'Correspondents of the mailboxes',
      ],
    },
    DOMAIN: {
      name: 'Domain',
      purpose: 'Registration and renewal of domain names, DNS service',
      dataCategories: [
        'Holder and contact data required by the registry (name, address, email, phone)',
        'DNS zone records',
      ],
      dataSubjects: [
        'Domain holders and their technical and administrative contacts',
      ],
    },
    KDRIVE: {
      name: 'kDrive',
      purpose: 'Storage, synchronisation and sharing of files',
      dataCategories: [
        'Stored files and their versions',
        'Sharing links and their recipients',
        'Access logs (IP address, device, time)',
      ],
      dataSubjects: [
        'Users of the drive',
        'People named in or receiving the stored files',
      ],
    },
    KCHAT: {
      name: 'kChat',
      purpose: 'Team messaging',
      dataCategories: [
        'Messages, files and reactions',
        'User profiles (name, email, avatar)',
        'Connection logs',
      ],
      dataSubjects: ['Members and guests of the workspace'],
    },
    SSL_CERTIFICATE: {
      name: 'SSL certificate',
      purpose: 'Issuance and renewal of SSL/TLS certificates',
      dataCategories: [
        'Domain names and the applicant’s organization and contact data',
      ],
      dataSubjects: ['The applicant’s contacts'],
    },
    VPS: {
      name: 'VPS',
      purpose: 'Provision of virtual private servers the customer administers',
      dataCategories: [
        'Any data the customer stores on the servers (the operator does not access it)',
        'Network and console access logs',
      ],
      dataSubjects: [
        'Any people whose data the customer processes on the servers',
      ],
    },
  },
  fr: {
    WEB_HOSTING: {
      name: 'Hébergement web',
      purpose:
        'Hébergement des sites web, applications et bases de données que le client publie',
      dataCategories: [
        'Contenu des sites web et des bases de données',
        'Journaux d’accès des visiteurs (adresse IP, pages, agent utilisateur), conservés 30 jours',
        'Identifiants des comptes FTP/SSH',
      ],
      dataSubjects: [
        'Visiteurs des sites web',
        'Clients et contacts dont le client stocke les données dans ses sites',
      ],
    },
    MAIL_SERVICE: {
      name: 'Service mail',
      purpose:
        'Envoi, réception et stockage des e-mails des adresses du client',
      dataCategories: [
        'E-mails et pièces jointes',
        'Carnets d’adresses et calendriers',
        'Journaux du serveur de messagerie (expéditeur, destinataire, heure, adresse IP)',
      ],
      dataSubjects: [
        'Titulaires des boîtes aux lettres',
        'Correspondants des boîtes aux lettres',
      ],
    },
    DOMAIN: {
      name: 'Domaine',
      purpose:
        'Enregistrement et renouvellement de noms de domaine, service DNS',
      dataCategories: [
        'Données du titulaire et des contacts exigées par le registre (nom, adresse, e-mail, téléphone)',
        'Enregistrements de la zone DNS',
      ],
      dataSubjects: [
        'Titulaires des domaines et leurs contacts techniques et administratifs',
      ],
    },
    KDRIVE: {
      name: 'kDrive',
      purpose: 'Stockage, synchronisation et partage de fichiers',
      dataCategories: [
        'Fichiers stockés et leurs versions',
        'Liens de partage et leurs destinataires',
        'Journaux d’accès (adresse IP, appareil, heure)',
      ],
      dataSubjects: [
        'Utilisateurs du kDrive',
        'Personnes mentionnées dans les fichiers stockés ou qui les reçoivent',
      ],
    },
    KCHAT: {
      name: 'kChat',
      purpose: 'Messagerie d’équipe',
      dataCategories: [
        'Messages, fichiers et réactions',
        'Profils des utilisateurs (nom, e-mail, avatar)',
        'Journaux de connexion',
      ],
      dataSubjects: ['Membres et invités de l’espace de travail'],
    },
    SSL_CERTIFICATE: {
      name: 'Certificat SSL',
      purpose: 'Émission et renouvellement de certificats SSL/TLS',
      dataCategories: [
        'Noms de domaine, et données de l’organisation et des contacts du demandeur',
      ],
      dataSubjects: ['Contacts du demandeur'],
    },
    VPS: {
      name: 'VPS',
      purpose:
        'Mise à disposition de serveurs privés virtuels administrés par le client',
      dataCategories: [
        'Toutes les données que le client stocke sur les serveurs (l’opérateur n’y accède pas)',
        'Journaux d’accès réseau et console',
      ],
      dataSubjects: [
        'Toute personne dont le client traite les données sur les serveurs',
      ],
    },
  },
  de: {
    WEB_HOSTING: {
      name: 'Webhosting',
      purpose:
        'Hosting der Websites, Anwendungen und Datenbanken, die der Kunde veröffentlicht',
      dataCategories: [
        'Inhalte von Websites und Datenbanken',
        'Zugriffsprotokolle der Besucher (IP-Adresse, Seiten, User-Agent), 30 Tage aufbewahrt',
        'Kennungen der FTP/SSH-Konten',
      ],
      dataSubjects: [
        'Besucher der Websites',
        'Kunden und Kontakte, deren Daten der Kunde in seinen Websites speichert',
      ],
    },
    MAIL_SERVICE: {
      name: 'Mail-Service',
      purpose:
        'Senden, Empfangen und Speichern von E-Mails für die Adressen des Kunden',
      dataCategories: [
        'E-Mails und Anhänge',
        'Adressbücher und Kalender',
        'Protokolle des Mailservers (Absender, Empfänger, Zeit, IP-Adresse)',
      ],
      dataSubjects: [
        'Inhaber der Postfächer',
        'Korrespondenzpartner der Postfächer',
      ],
    },
    DOMAIN: {
      name: 'Domain',
      purpose: 'Registrierung und Verlängerung von Domainnamen, DNS-Dienst',
      dataCategories: [
        'Vom Register verlangte Daten des Inhabers und der Kontakte (Name, Adresse, E-Mail, Telefon)',
        'Einträge der DNS-Zone',
      ],
      dataSubjects: [
        'Domaininhaber und ihre technischen und administrativen Kontakte',
      ],
    },
    KDRIVE: {
      name: 'kDrive',
      purpose: 'Speicherung, Synchronisierung und Freigabe von Dateien',
      dataCategories: [
        'Gespeicherte Dateien und ihre Versionen',
        'Freigabelinks und ihre Empfänger',
        'Zugriffsprotokolle (IP-Adresse, Gerät, Zeit)',
      ],
      dataSubjects: [
        'Benutzer des kDrive',
        'Personen, die in den gespeicherten Dateien genannt werden oder sie erhalten',
      ],
    },
    KCHAT: {
      name: 'kChat',
      purpose: 'Team-Messaging',
      dataCategories: [
        'Nachrichten, Dateien und Reaktionen',
        'Benutzerprofile (Name, E-Mail, Avatar)',
        'Verbindungsprotokolle',
      ],
      dataSubjects: ['Mitglieder und Gäste des Arbeitsbereichs'],
    },
    SSL_CERTIFICATE: {
      name: 'SSL-Zertifikat',
      purpose: 'Ausstellung und Verlängerung von SSL/TLS-Zertifikaten',
      dataCategories: [
        'Domainnamen sowie Organisations- und Kontaktdaten des Antragstellers',
      ],
      dataSubjects: ['Kontakte des Antragstellers'],
    },
    VPS: {
      name: 'VPS',
      purpose:
        'Bereitstellung virtueller privater Server, die der Kunde selbst verwaltet',
      dataCategories: [
        'Alle Daten, die der Kunde auf den Servern speichert (der Betreiber greift nicht darauf zu)',
        'Netzwerk- und Konsolen-Zugriffsprotokolle',
      ],
      dataSubjects: [
        'Alle Personen, deren Daten der Kunde auf den Servern bearbeitet',
      ],
    },
  },
  it: {
    WEB_HOSTING: {
      name: 'Hosting web',
      purpose:
        'Hosting dei siti web, delle applicazioni e delle banche dati che il cliente pubblica',
      dataCategories: [
        'Contenuto dei siti web e delle banche dati',
        'Log di accesso dei visitatori (indirizzo IP, pagine, user agent), conservati 30 giorni',
        'Identificativi degli account FTP/SSH',
      ],
      dataSubjects: [
        'Visitatori dei siti web',
        'Clienti e contatti i cui dati il cliente conserva nei suoi siti',
      ],
    },
    MAIL_SERVICE: {
      name: 'Servizio mail',
      purpose:
        'Invio, ricezione e conservazione delle e-mail per gli indirizzi del cliente',
      dataCategories: [
        'Messaggi e-mail e allegati',
        'Rubriche e calendari',
        'Log del server di posta (mittente, destinatario, ora, indirizzo IP)',
      ],
      dataSubjects: [
        'Titolari delle caselle di posta',
        'Corrispondenti delle caselle di posta',
      ],
    },
    DOMAIN: {
      name: 'Dominio',
      purpose: 'Registrazione e rinnovo di nomi di dominio, servizio DNS',
      dataCategories: [
        'Dati del titolare e dei contatti richiesti dal registro (nome, indirizzo, e-mail, telefono)',
        'Record della zona DNS',
      ],
      dataSubjects: [
        'Titolari dei domini e i loro contatti tecnici e amministrativi',
      ],
    },
    KDRIVE: {
      name: 'kDrive',
      purpose: 'Archiviazione, sincronizzazione e condivisione di file',
      dataCategories: [
        'File archiviati e le loro versioni',
        'Link di condivisione e i loro destinatari',
        'Log di accesso (indirizzo IP, dispositivo, ora)',
      ],
      dataSubjects: [
        'Utenti del kDrive',
        'Persone citate nei file archiviati o che li ricevono',
      ],
    },
    KCHAT: {
      name: 'kChat',
      purpose: 'Messaggistica di team',
      dataCategories: [
        'Messaggi, file e reazioni',
        'Profili degli utenti (nome, e-mail, avatar)',
        'Log di connessione',
      ],
      dataSubjects: ['Membri e ospiti dello spazio di lavoro'],
    },
    SSL_CERTIFICATE: {
      name: 'Certificato SSL',
      purpose: 'Emissione e rinnovo di certificati SSL/TLS',
      dataCategories: [
        'Nomi di dominio e dati dell’organizzazione e dei contatti del richiedente',
      ],
      dataSubjects: ['Contatti del richiedente'],
    },
    VPS: {
      name: 'VPS',
      purpose:
        'Messa a disposizione di server privati virtuali amministrati dal cliente',
      dataCategories: [
        'Tutti i dati che il cliente conserva sui server (l’operatore non vi accede)',
        'Log di accesso di rete e console',
      ],
      dataSubjects: [
        'Tutte le persone i cui dati il cliente tratta sui server',
      ],
    },
  },
};

/** Each product's text as flat messages (`WEB_HOSTING.dataCategories.0`…), so that the catalogs' parity check covers every item. */
function flatten(
  products: Record<ProductCategory, ProductProcessing>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(products).flatMap(([category, p]) => [
      [`${category}.name`, p.name],
      [`${category}.purpose`, p.purpose],
      ...p.dataCategories.map((text, i) => [
        `${category}.dataCategories.${i}`,
        text,
      ]),
      ...p.dataSubjects.map((text, i) => [
        `${category}.dataSubjects.${i}`,
        text,
      ]),
    ]),
  );
}

export const processingMessages = defineCatalog<string>('dpa-processing', {
  en: flatten(PROCESSING.en),
  fr: flatten(PROCESSING.fr),
  de: flatten(PROCESSING.de),
  it: flatten(PROCESSING.it),
});

/** What `category` processes, in `language`. */
export function processingFor(
  language: Language,
  category: ProductCategory,
): ProductProcessing {
  return PROCESSING[language][category];
}
